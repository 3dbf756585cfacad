package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import java.net.http.HttpClient;

/**
 * No acknowledged answer is lost when the server dies. The packaged application (the jar {@code mvn package} built)
 * runs in its own JVM; students submit answers as fast as it takes them; the JVM is killed with SIGKILL in the middle
 * of the burst, started again on the same database, and every submission a student saw confirmed must be stored,
 * word for word. Runs in the integration-test phase of {@code ./mvnw verify}, after the jar is built.
 */
class SubmissionsSurviveSigkillIT {

    private static final Path JAR = Path.of(System.getProperty("colloquy.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
    private static final Path CONTENT = Path.of(System.getProperty("colloquy.content", "content"));
    private static final List<String> JVM_OPTIONS = ServerJvmOptions.with("-Xmx512m");
    private static final int STUDENTS = 6;
    /** Acknowledged submissions before the kill: enough that every student has several. */
    private static final int BEFORE_KILL = 40;

    /** The production profile: no demo accounts or answers, only the class the test enrols. */
    private static final Map<String, String> ON_H2 = Map.of("SPRING_PROFILES_ACTIVE", "prod");

    @TempDir
    Path dataDir;

    @Test
    void everySubmissionAcknowledgedBeforeASigkillIsStoredIntactOnH2() throws Exception {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath(), "sa", "");
        List<String> students = FaultClass.seed(database, STUDENTS);

        List<SubmissionBurst.Acknowledged> acknowledged = burstThenKill(ON_H2, students);

        try (RunningApp restarted = RunningApp.startWith(ON_H2, dataDir, JAR, CONTENT, JVM_OPTIONS)) {
            studentCanOpenHerLesson(restarted, students.getFirst());
        }
        // the restarted app has stopped and closed the file: read what it holds
        assertThat(FaultClass.storedSubmissions(database)).containsAll(acknowledged);
    }

    @Test
    void everySubmissionAcknowledgedBeforeASigkillIsStoredIntactOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DriverManagerDataSource database = new DriverManagerDataSource(url, "postgres", "postgres");
            List<String> students = FaultClass.seed(database, STUDENTS);
            Map<String, String> onPostgres = Map.of("SPRING_PROFILES_ACTIVE", "prod,postgres", "COLLOQUY_DB_URL", url,
                    "COLLOQUY_DB_USER", "postgres", "COLLOQUY_DB_PASSWORD", "postgres");

            List<SubmissionBurst.Acknowledged> acknowledged = burstThenKill(onPostgres, students);

            try (RunningApp restarted = RunningApp.startWith(onPostgres, dataDir, JAR, CONTENT, JVM_OPTIONS)) {
                studentCanOpenHerLesson(restarted, students.getFirst());
                assertThat(FaultClass.storedSubmissions(database)).containsAll(acknowledged);
            }
        }
    }

    /** Starts the app, lets the students write, kills the JVM mid-burst; returns what the students saw confirmed. */
    private List<SubmissionBurst.Acknowledged> burstThenKill(Map<String, String> environment, List<String> students)
            throws Exception {
        try (RunningApp app = RunningApp.startWith(environment, dataDir, JAR, CONTENT, JVM_OPTIONS);
             SubmissionBurst burst = new SubmissionBurst(app.base(), students)) {
            try {
                burst.awaitAcknowledged(BEFORE_KILL, Duration.ofMinutes(3));
            } catch (IllegalStateException failure) {
                app.printLogTail();
                throw failure;
            }
            burst.serverGoingAway();
            app.kill();
            burst.awaitWritersStopped(Duration.ofSeconds(60));

            List<SubmissionBurst.Acknowledged> acknowledged = burst.acknowledged();
            System.out.printf("Killed the app after %d submissions sent, %d acknowledged%n", burst.sent(),
                    acknowledged.size());
            assertThat(burst.problems()).as("failures before the kill").isEmpty();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(BEFORE_KILL);
            return acknowledged;
        }
    }

    private static void studentCanOpenHerLesson(RunningApp app, String student) throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (VaadinClient tab = LessonTab.open(http, app.base(), student, false)) {
            assertThat(tab.nodes().withId("answer-text")).isPositive();
        } finally {
            http.shutdownNow();
        }
    }
}
