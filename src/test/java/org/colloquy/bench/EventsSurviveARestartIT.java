package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.colloquy.review.FeedbackReleased;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event committed with its cause is handled even if the server died before its listener ran (decision 0028). The
 * database holds what the packaged app stores when an instructor releases feedback (the release, and the event
 * waiting for the notice feature) and no notice yet, as after a crash at that moment; the packaged jar, started on
 * it, tells the student at start-up and leaves nothing waiting. Runs after {@code mvn package}, like the other
 * fault drills.
 */
class EventsSurviveARestartIT {

    private static final Path JAR = Path.of(System.getProperty("colloquy.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
    private static final Path CONTENT = Path.of(System.getProperty("colloquy.content", "content"));
    private static final List<String> JVM_OPTIONS = ServerJvmOptions.with("-Xmx512m");
    private static final Map<String, String> ON_H2 = Map.of("SPRING_PROFILES_ACTIVE", "prod");

    @TempDir
    Path dataDir;

    @Test
    void a_release_whose_notice_was_not_written_before_a_crash_is_told_when_the_server_starts_again_on_h2()
            throws Exception {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath(), "sa", "");
        String student = releasedWithoutNotice(database);

        // healthy means started, waiting events handed on; stopping it closes the file for us to read
        RunningApp.startWith(ON_H2, dataDir, JAR, CONTENT, JVM_OPTIONS).close();
        assertToldOnceAndNothingWaits(database, student);
    }

    @Test
    void a_release_whose_notice_was_not_written_before_a_crash_is_told_when_the_server_starts_again_on_postgres()
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DriverManagerDataSource database = new DriverManagerDataSource(url, "postgres", "postgres");
            String student = releasedWithoutNotice(database);
            Map<String, String> onPostgres = Map.of("SPRING_PROFILES_ACTIVE", "prod,postgres", "COLLOQUY_DB_URL", url,
                    "COLLOQUY_DB_USER", "postgres", "COLLOQUY_DB_PASSWORD", "postgres");

            try (RunningApp restarted = RunningApp.startWith(onPostgres, dataDir, JAR, CONTENT, JVM_OPTIONS)) {
                assertToldOnceAndNothingWaits(database, student);
            }
        }
    }

    /**
     * A class of one student whose answer has released feedback, and the event of that release as the registry
     * stored it with the release's commit (the app's own serialiser writes an event as JSON); returns her username.
     */
    private static String releasedWithoutNotice(DriverManagerDataSource database) {
        String student = FaultClass.seed(database, 1).getFirst();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        long studentId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, student);
        long cohortId = jdbc.queryForObject("select cohort_id from cohort_member where user_id = ?", Long.class,
                studentId);
        Instant releasedAt = Instant.now().minusSeconds(5);
        FeedbackReleased released = new FeedbackReleased(studentId, 1, cohortId, FaultClass.COURSE, FaultClass.PROMPT,
                releasedAt);
        jdbc.update("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        values (?, 'notice:feedback-released', ?, ?, ?, 'PUBLISHED', 0)""",
                UUID.randomUUID(), FeedbackReleased.class.getName(),
                JsonMapper.builder().build().writeValueAsString(released), Timestamp.from(releasedAt));
        return student;
    }

    private static void assertToldOnceAndNothingWaits(DriverManagerDataSource database, String student) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        List<StoredNotice> notices = jdbc.query("""
                        select n.message_key, n.message_args, n.target_kind, n.target_course, n.target_key
                          from notice n join app_user u on u.id = n.user_id
                         where u.username = ?""",
                (row, number) -> new StoredNotice(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5)), student);
        assertThat(notices).containsExactly(new StoredNotice("review.notice.feedback-ready",
                "[\"Three stages of domestic transition\"]", "LESSON", FaultClass.COURSE, "three-stages"));
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class))
                .as("nothing left waiting").isZero();
    }

    /** A notice as the table holds it: what it says (key and arguments) and the page it points to. */
    private record StoredNotice(String messageKey, String messageArgs, String targetKind, String targetCourse,
                                String targetKey) {
    }
}
