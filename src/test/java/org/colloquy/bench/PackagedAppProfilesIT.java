package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The packaged app starts from the bean definitions Spring generated when the jar was built (decision 0027), and
 * still chooses by the profile it runs with: demo accounts on the default profile, only the configured first admin
 * on {@code prod}.
 */
class PackagedAppProfilesIT {

    private static final Path JAR = Path.of(System.getProperty("colloquy.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
    private static final Path CONTENT = Path.of(System.getProperty("colloquy.content", "content"));
    private static final String BUILD_TIME_BEANS = "Starting AOT-processed Application";
    /** Logged once every start-up runner has run ({@code org.colloquy.base.ReadinessLog}). */
    private static final String READY = "Colloquy is ready";

    @TempDir
    Path dataDir;

    @Test
    void theProductionAppStartsWithTheConfiguredAdminAndNoDemoAccounts() throws Exception {
        Map<String, String> production = Map.of("SPRING_PROFILES_ACTIVE", "prod",
                "COLLOQUY_ADMIN_USERNAME", "headteacher", "COLLOQUY_ADMIN_PASSWORD", "a-long-first-password");
        String log;
        try (RunningApp app = RunningApp.startWith(production, dataDir, JAR, CONTENT, ServerJvmOptions.read())) {
            log = logOnceReady(app);
        }

        assertThat(log).contains(BUILD_TIME_BEANS).contains("Created the first admin account headteacher")
                .doesNotContain("demo accounts").doesNotContain("demo answers");
        assertThat(usernames()).containsExactly("headteacher");
    }

    @Test
    void theDefaultAppCreatesTheDemoAccountsAndTheirAnswers() throws Exception {
        String log;
        try (RunningApp app = RunningApp.startWith(Map.of(), dataDir, JAR, CONTENT, ServerJvmOptions.read())) {
            log = logOnceReady(app);
        }

        assertThat(log).contains(BUILD_TIME_BEANS).contains("Added demo answers for ana and ben");
        assertThat(usernames()).containsExactlyInAnyOrder("ana", "ben", "chen", "iris", "admin");
    }

    /** The app's log once its start-up runners are done (they run after the app answers health checks). */
    private static String logOnceReady(RunningApp app) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String log = Files.readString(app.log());
        while (!log.contains(READY) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            log = Files.readString(app.log());
        }
        return log;
    }

    private List<String> usernames() {
        var database = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath(),
                "sa", "");
        return new JdbcTemplate(database).queryForList("select username from app_user", String.class);
    }
}
