package org.colloquy.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person, read from the security context. Services take the user from here, never from a
 * parameter, so nobody can act on another person's work by passing their id.
 */
@Component
public class CurrentUser {

    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContexts;

    /** Reads the same security context holder as Spring Security's method checks in this application. */
    CurrentUser(AppUserRepository users, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.users = users;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional(readOnly = true)
    public Optional<UserRef> find() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsername(Usernames.canonical(authentication.getName())).map(UserRef::of);
    }

    public UserRef require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Please sign in first."));
    }
}
