package org.colloquy.identity;

import java.util.EnumSet;
import javax.sql.DataSource;
import org.colloquy.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the {@code prod} profile no demo accounts exist: the first admin comes from configuration
 * ({@code COLLOQUY_ADMIN_USERNAME} and {@code COLLOQUY_ADMIN_PASSWORD}) when the database has no account yet.
 * The profile is checked when the app starts, not with {@code @Profile} (see {@link DemoAccounts}). Nodes that start
 * together on an empty database create it once (decision 0048).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final String password;
    private final Environment environment;
    private final DataSource dataSource;

    FirstAdmin(AccountService accounts,
               @Value("${colloquy.admin.username:}") String username,
               @Value("${colloquy.admin.password:}") String password,
               Environment environment, DataSource dataSource) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.matchesProfiles("prod")) {
            StartupLock.runAlone(dataSource, this::createOnAnEmptyDatabase);
        }
    }

    /** Alone among the nodes starting on this database, so that only the first to start finds it empty. */
    private void createOnAnEmptyDatabase() {
        if (accounts.anyAccountExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            throw new IllegalStateException("The database has no account yet. Set COLLOQUY_ADMIN_USERNAME and "
                    + "COLLOQUY_ADMIN_PASSWORD (at least 8 characters) to create the first admin.");
        }
        accounts.createAtStartup(username, "Administrator", password, EnumSet.of(Role.ADMIN));
        log.info("Created the first admin account {}", username);
    }
}
