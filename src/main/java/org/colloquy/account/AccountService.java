package org.colloquy.account;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserRef createAccount(String username, String displayName, String rawPassword, Set<Role> roles) {
        return create(username, displayName, rawPassword, roles);
    }

    /** Creates an account while nobody is signed in: demo seeding and the first admin at start-up. */
    @Transactional
    UserRef createAtStartup(String username, String displayName, String rawPassword, Set<Role> roles) {
        return create(username, displayName, rawPassword, roles);
    }

    @Transactional(readOnly = true)
    boolean anyAccountExists() {
        return users.count() > 0;
    }

    private UserRef create(String username, String displayName, String rawPassword, Set<Role> roles) {
        String name = username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException(
                    "A username is 2 to 100 letters, digits, dots, dashes, underscores or @ signs.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new IllegalArgumentException("The username " + name + " is taken.");
        }
        if (rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters.");
        }
        AppUser user = new AppUser(name, displayName.strip(), passwordEncoder.encode(rawPassword), roles, clock.instant());
        return UserRef.of(users.save(user));
    }
}
