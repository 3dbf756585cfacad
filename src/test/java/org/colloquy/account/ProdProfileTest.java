package org.colloquy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** On the prod profile there are no demo accounts; the first admin comes from configuration. */
class ProdProfileTest {

    @Test
    void prod_creates_the_configured_admin_and_no_demo_accounts() {
        try (ConfigurableApplicationContext app = start("prod-with-admin",
                "--colloquy.admin.username=headteacher", "--colloquy.admin.password=long-enough-secret")) {
            AppUserRepository users = app.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername).containsExactly("headteacher");
            assertThat(users.findByUsername("headteacher").orElseThrow().getRoles()).containsExactly(Role.ADMIN);
        }
    }

    @Test
    void prod_refuses_to_start_on_an_empty_database_without_an_admin_configured() {
        assertThatThrownBy(() -> start("prod-without-admin").close())
                .hasStackTraceContaining("Set COLLOQUY_ADMIN_USERNAME and COLLOQUY_ADMIN_PASSWORD");
    }

    @Test
    void the_default_profile_seeds_the_demo_accounts() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:demo-seed;DB_CLOSE_DELAY=-1")) {
            AppUserRepository users = app.getBean(AppUserRepository.class);
            assertThat(users.findAll()).extracting(AppUser::getUsername)
                    .contains("ana", "ben", "chen", "iris", "admin");
            assertThat(users.findByUsername("iris").orElseThrow().getRoles())
                    .containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.SEMINAR_LEADER);
            assertThat(users.findByUsername("ana").orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
        }
    }

    private static ConfigurableApplicationContext start(String database, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(Application.class).profiles("test", "prod").run(all);
    }
}
