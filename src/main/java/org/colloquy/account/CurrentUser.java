package org.colloquy.account;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person, read from the security context. Services take the user from here, never from a
 * parameter, so nobody can act on another person's work by passing their id.
 */
@Component
public class CurrentUser {

    private final AppUserRepository users;

    CurrentUser(AppUserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<UserRef> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsername(authentication.getName()).map(UserRef::of);
    }

    public UserRef require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Please sign in first."));
    }
}
