package org.colloquy.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.colloquy.Application;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.SaveOutcome;
import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** An admin's online backup of the H2 file, taken while students submit, restores into a fresh database. */
class BackupServiceTest {

    private static final String COURSE = "sino-russian-relations";
    private static final String PROMPT = "three-stages/respond-balance";
    private static final int WRITERS = 4;

    @TempDir
    static Path dataDir;
    @TempDir
    Path restoreDir;

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startOnAnH2File() {
        app = new SpringApplicationBuilder(Application.class).profiles("test", "prod")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath()
                                + ";WRITE_DELAY=0",
                        "--colloquy.backup-dir=" + dataDir.resolve("backups"),
                        "--colloquy.admin.username=first-admin", "--colloquy.admin.password=long-enough-secret");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOutEverywhere();
    }

    @Test
    void aBackupTakenWhileStudentsSubmitIsConsistentAndRestoresIntoAFreshDatabase() throws Exception {
        TestAccounts accounts = app.getBean(TestAccounts.class);
        List<UserRef> students = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            students.add(accounts.create("writer", Role.STUDENT));
        }
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = students.stream().map(student -> Thread.ofPlatform().start(() -> {
            try {
                accounts.signIn(student);
                int revision = AnswerSnapshot.NONE_SAVED;
                for (int n = 1; !stop.get(); n++) {
                    String body = answer(student.username(), n);
                    SaveOutcome outcome = app.getBean(AnswerService.class).submit(COURSE, PROMPT, body, null, revision);
                    revision = ((SaveOutcome.Saved) outcome).revision();
                    acknowledged.add(body);
                }
            } catch (Throwable failure) {
                failures.add(failure);
            }
        })).toList();
        while (acknowledged.size() < 20 && failures.isEmpty()) {
            Thread.sleep(5);
        }
        List<String> confirmedBeforeTheBackup = List.copyOf(acknowledged);

        accounts.signIn(accounts.create("admin", Role.ADMIN));
        BackupOutcome outcome = app.getBean(BackupService.class).backUp();
        int confirmedDuringTheBackup = acknowledged.size() - confirmedBeforeTheBackup.size();
        stop.set(true);
        for (Thread writer : writers) {
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(outcome).isInstanceOf(BackupOutcome.Written.class);
        Path zip = ((BackupOutcome.Written) outcome).file();
        assertThat(zip.getFileName().toString()).matches("colloquy-\\d{8}-\\d{6}Z\\.zip");
        System.out.printf("%d submissions confirmed before the backup, %d while it ran%n",
                confirmedBeforeTheBackup.size(), confirmedDuringTheBackup);

        // the README's restore command runs this tool with these arguments
        Restore.main("-file", zip.toString(), "-dir", restoreDir.toString(), "-db", "colloquy");

        DriverManagerDataSource restored = new DriverManagerDataSource(
                "jdbc:h2:file:" + restoreDir.resolve("colloquy").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(restored).locations("classpath:db/migration").load().validate();
        JdbcTemplate jdbc = new JdbcTemplate(restored);
        List<String> bodies = jdbc.queryForList("""
                select s.body from response_submission s join response r on r.id = s.response_id
                where r.prompt_key = ?""", String.class, PROMPT);
        assertThat(bodies).containsAll(confirmedBeforeTheBackup);
        everyAnswerMatchesItsLatestSubmission(jdbc);
    }

    /** No half-written transaction: each answer's text is its newest submission, numbered 1..n without gaps. */
    private static void everyAnswerMatchesItsLatestSubmission(JdbcTemplate jdbc) {
        List<Map<String, Object>> answers = jdbc.queryForList("""
                select r.body, r.submitted_at, count(s.id) as submissions, max(s.number) as newest,
                       (select l.body from response_submission l where l.response_id = r.id
                        and l.number = (select max(number) from response_submission where response_id = r.id)) as latest
                from response r left join response_submission s on s.response_id = r.id
                where r.prompt_key = ? group by r.id, r.body, r.submitted_at""", PROMPT);
        assertThat(answers).hasSize(WRITERS);
        for (Map<String, Object> answer : answers) {
            assertThat(answer.get("SUBMITTED_AT")).isNotNull();
            assertThat(((Number) answer.get("SUBMISSIONS")).longValue())
                    .isEqualTo(((Number) answer.get("NEWEST")).longValue());
            assertThat(answer.get("BODY")).isEqualTo(answer.get("LATEST"));
        }
    }

    @Test
    void onlyAnAdminMayTakeABackup() {
        TestAccounts accounts = app.getBean(TestAccounts.class);
        BackupService backups = app.getBean(BackupService.class);
        int backupsBefore = backupFiles();
        for (Role role : List.of(Role.STUDENT, Role.INSTRUCTOR, Role.SEMINAR_LEADER)) {
            accounts.signIn(accounts.create("not-admin", role));
            assertThatThrownBy(backups::backUp).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        accounts.signOut();
        assertThatThrownBy(backups::backUp).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(backupFiles()).isEqualTo(backupsBefore);
    }

    private static int backupFiles() {
        String[] files = dataDir.resolve("backups").toFile().list();
        return files == null ? 0 : files.length;
    }

    private static String answer(String student, int number) {
        return "Answer " + number + " from " + student + ":" + " the state and the market must both be served".repeat(9);
    }
}
