package org.colloquy.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.colloquy.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On every profile but {@code prod}, the first start creates the demo accounts listed in the README. The profile is
 * checked when the app starts, not with {@code @Profile}: the packaged app's bean definitions are generated when the
 * jar is built (Spring AOT, decision 0027), and would keep the build's profiles. Nodes that start together on an
 * empty database create them once (decision 0048).
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "colloquy";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Environment environment;
    private final DataSource dataSource;

    DemoAccounts(AccountService accounts, ApplicationEventPublisher events, Environment environment,
                 DataSource dataSource) {
        this.accounts = accounts;
        this.events = events;
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.matchesProfiles("prod")) {
            StartupLock.runAlone(dataSource, this::createOnAnEmptyDatabase);
        }
    }

    /** Alone among the nodes starting on this database, so that only the first to start finds it empty. */
    private void createOnAnEmptyDatabase() {
        if (accounts.anyAccountExists()) {
            return;
        }
        UserRef ana = create("ana", "Ana Petrova", EnumSet.of(Role.STUDENT));
        UserRef ben = create("ben", "Ben Liu", EnumSet.of(Role.STUDENT));
        UserRef chen = create("chen", "Chen Wei", EnumSet.of(Role.STUDENT));
        UserRef iris = create("iris", "Iris Novak", EnumSet.of(Role.INSTRUCTOR, Role.SEMINAR_LEADER));
        create("admin", "Site Admin", EnumSet.of(Role.ADMIN));
        log.info("Created demo accounts ana, ben, chen (students), iris (instructor and seminar leader), admin "
                + "(password: {})", PASSWORD);
        events.publishEvent(new DemoAccountsCreated(iris, List.of(ana, ben, chen)));
    }

    private UserRef create(String username, String displayName, Set<Role> roles) {
        return accounts.createAtStartup(username, displayName, PASSWORD, roles);
    }
}
