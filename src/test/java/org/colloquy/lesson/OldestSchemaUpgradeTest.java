package org.colloquy.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.colloquy.Application;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database created by the oldest released schema (V1) and filled by the users of that release upgrades to the
 * newest schema when the application starts on it, and everything written is still there and readable. The newest
 * version is whatever migrations the build holds, so the test keeps passing as migrations are added, as long as
 * they keep the data.
 */
class OldestSchemaUpgradeTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String ANSWER = "Paragraph 3 asks the state to stay strong while the market sets prices — "
            + "国家的作用 and рынок together; both can hold 🙂";
    private static final String FIRST_SUBMISSION = "An earlier, shorter version.";
    private static final String DRAFT = "Half-written: Russia's 1990s were a collapse, China's a boom.";

    @TempDir
    Path dataDir;

    @AfterEach
    void signOut() {
        TestAccounts.signOutEverywhere();
    }

    @Test
    void answersWrittenOnTheOldestSchemaAreIntactAndReadableAfterUpgradingToTheNewest() {
        String url = "jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath();
        DriverManagerDataSource database = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        writeAsTheOldestReleaseDid(jdbc);
        List<Map<String, Object>> before = everythingWritten(jdbc);

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test", "prod")
                .run("--server.port=0", "--spring.datasource.url=" + url)) {
            assertThat(appliedVersion(app.getBean(Flyway.class))).isEqualTo(newestMigration(app.getBean(Flyway.class)));
            assertThat(everythingWritten(jdbc)).isEqualTo(before);

            app.getBean(TestAccounts.class).signIn(new UserRef(101, "vera", "Vera Old", EnumSet.of(Role.STUDENT)));
            AnswerService answers = app.getBean(AnswerService.class);
            Map<String, AnswerSnapshot> lesson = answers.answersInLesson(COURSE, "three-stages");
            assertThat(lesson.get("respond-balance").body()).isEqualTo(ANSWER);
            assertThat(lesson.get("respond-balance").isSubmitted()).isTrue();
            assertThat(lesson.get("position-before").body()).isEqualTo(DRAFT);
            assertThat(answers.history(COURSE, "three-stages/respond-balance"))
                    .extracting(SubmissionRecord::body).containsExactly(FIRST_SUBMISSION, ANSWER);
            LessonState resumed = app.getBean(StudentLessonService.class).open(COURSE, "three-stages");
            assertThat(resumed.lesson().steps().get(resumed.currentStepIndex()).key()).isEqualTo("respond-balance");
        }
    }

    /** Plain SQL against the V1 tables, as the first release's application wrote them. */
    private static void writeAsTheOldestReleaseDid(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into app_user (id, username, display_name, password_hash, created_at)
                values (101, 'vera', 'Vera Old', '{noop}not-used', timestamp with time zone '2026-09-01 08:00:00+00')""");
        jdbc.update("insert into app_user_role (user_id, role) values (101, 'STUDENT')");
        jdbc.update("""
                insert into lesson_progress (id, user_id, course_key, lesson_key, current_step_key, started_at, updated_at)
                values (201, 101, ?, 'three-stages', 'respond-balance',
                        timestamp with time zone '2026-09-01 08:05:00+00', timestamp with time zone '2026-09-01 08:30:00+00')""",
                COURSE);
        jdbc.update("""
                insert into response (id, user_id, course_key, prompt_key, step_kind, body, choice, revision, content_version,
                                      created_at, saved_at, submitted_at)
                values (301, 101, ?, 'three-stages/respond-balance', 'respond', ?, null, 3, 'v-old',
                        timestamp with time zone '2026-09-01 08:10:00+00', timestamp with time zone '2026-09-01 08:30:00+00',
                        timestamp with time zone '2026-09-01 08:30:00+00')""", COURSE, ANSWER);
        jdbc.update("""
                insert into response_submission (response_id, number, body, choice, content_version, submitted_at)
                values (301, 1, ?, null, 'v-old', timestamp with time zone '2026-09-01 08:20:00+00'),
                       (301, 2, ?, null, 'v-old', timestamp with time zone '2026-09-01 08:30:00+00')""",
                FIRST_SUBMISSION, ANSWER);
        jdbc.update("""
                insert into response (id, user_id, course_key, prompt_key, step_kind, body, choice, revision, content_version,
                                      created_at, saved_at)
                values (302, 101, ?, 'three-stages/position-before', 'position', ?, '2', 1, 'v-old',
                        timestamp with time zone '2026-09-01 08:06:00+00', timestamp with time zone '2026-09-01 08:06:00+00')""",
                COURSE, DRAFT);
    }

    /** Every V1 row written above, column by column, in a fixed order. */
    private static List<Map<String, Object>> everythingWritten(JdbcTemplate jdbc) {
        return Arrays.stream(new String[] {
                "select id, username, display_name, password_hash, created_at from app_user where id = 101",
                "select user_id, role from app_user_role where user_id = 101",
                "select id, user_id, course_key, lesson_key, current_step_key, started_at, updated_at, completed_at "
                        + "from lesson_progress where user_id = 101",
                "select id, user_id, course_key, prompt_key, step_kind, body, choice, revision, content_version, "
                        + "created_at, saved_at, submitted_at from response where user_id = 101 order by id",
                "select response_id, number, body, choice, content_version, submitted_at from response_submission "
                        + "where response_id = 301 order by number"})
                .flatMap(query -> jdbc.queryForList(query).stream())
                .toList();
    }

    private static MigrationVersion appliedVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        assertThat(flyway.info().pending()).as("migrations still pending").isEmpty();
        return current.getVersion();
    }

    private static MigrationVersion newestMigration(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo)
                .orElseThrow();
    }
}
