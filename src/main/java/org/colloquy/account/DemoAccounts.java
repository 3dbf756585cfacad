package org.colloquy.account;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On every profile but {@code prod}, the first start creates the demo accounts listed in the README. */
@Component
@Profile("!prod")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "colloquy";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        create("ana", "Ana Petrova", EnumSet.of(Role.STUDENT));
        create("ben", "Ben Liu", EnumSet.of(Role.STUDENT));
        create("chen", "Chen Wei", EnumSet.of(Role.STUDENT));
        create("iris", "Iris Novak", EnumSet.of(Role.INSTRUCTOR, Role.SEMINAR_LEADER));
        create("admin", "Site Admin", EnumSet.of(Role.ADMIN));
        log.info("Created demo accounts ana, ben, chen (students), iris (instructor and seminar leader), admin; "
                + "password: {}", PASSWORD);
    }

    private void create(String username, String displayName, Set<Role> roles) {
        accounts.createAtStartup(username, displayName, PASSWORD, roles);
    }
}
