package org.colloquy.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import java.util.Locale;

/** Creates people for tests, each with a fresh name so tests never see each other's work, and signs them in. */
@Component
public class TestAccounts {

    private final AccountService accounts;
    private final AppUserRepository users;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * Takes this application context's own strategy: other contexts started in the same JVM replace the global
     * {@link SecurityContextHolder} strategy, and this context's services keep reading from their own.
     */
    TestAccounts(AccountService accounts, AppUserRepository users, SecurityContextHolderStrategy securityContexts) {
        this.accounts = accounts;
        this.users = users;
        this.securityContexts = securityContexts;
    }

    public UserRef create(String namePrefix, Role... roles) {
        String username = namePrefix.replace(' ', '-').toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createAtStartup(username, namePrefix, "test-password", EnumSet.copyOf(List.of(roles)));
    }

    /** A person whose display name is {@code displayName}, any text, and whose username starts with the prefix. */
    public UserRef create(String namePrefix, String displayName, Role... roles) {
        String username = namePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createAtStartup(username, displayName, "test-password", EnumSet.copyOf(List.of(roles)));
    }

    /** An account with exactly this username and password, as if its owner had set it up herself. */
    public UserRef createExactly(String username, String displayName, String password, Role... roles) {
        return accounts.createAtStartup(username, displayName, password, EnumSet.copyOf(List.of(roles)));
    }

    /** The stored account, as the database holds it. */
    public Optional<AppUser> stored(String username) {
        return users.findByUsername(username);
    }

    public long count() {
        return users.count();
    }

    /** What is stored of a set-password token: its hash, never the token. */
    public static String storedFormOfToken(String token) {
        return SetPasswordLinks.hash(token);
    }

    public UserRef signInNew(String namePrefix, Role... roles) {
        UserRef user = create(namePrefix, roles);
        signIn(user);
        return user;
    }

    public void signIn(UserRef user) {
        var authorities = user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        var token = new UsernamePasswordAuthenticationToken(user.username(), "n/a", authorities);
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(token);
        securityContexts.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    /** A visitor who is not signed in, as Spring Security represents one in a web request. */
    public void signInAnonymously() {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        securityContexts.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    /**
     * Makes this application context's security context holder the global one. Every context started in the JVM
     * installs its own globally, so after a test class that started another context, browserless windows (which sign
     * people in through the global holder) and this context's services (which read their own) would not meet.
     */
    public void useThisApplicationsSecurityContext() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    /** Clears the thread's security context when no application context is left to ask. */
    public static void signOutEverywhere() {
        SecurityContextHolder.clearContext();
    }

    public void signOut() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }
}
