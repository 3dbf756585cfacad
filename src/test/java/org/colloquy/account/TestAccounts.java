package org.colloquy.account;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates people for tests, each with a fresh name so tests never see each other's work, and signs them in. */
@Component
public class TestAccounts {

    private final AccountService accounts;

    TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    public UserRef create(String namePrefix, Role... roles) {
        String username = namePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createAtStartup(username, namePrefix, "test-password", EnumSet.copyOf(List.of(roles)));
    }

    public UserRef signInNew(String namePrefix, Role... roles) {
        UserRef user = create(namePrefix, roles);
        signIn(user);
        return user;
    }

    public static void signIn(UserRef user) {
        var authorities = user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        var token = new UsernamePasswordAuthenticationToken(user.username(), "n/a", authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
