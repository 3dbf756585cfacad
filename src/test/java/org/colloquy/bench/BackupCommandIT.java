package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The README's backup command, exactly as written there ({@code curl … /api/backup} with the backup token), run
 * against the packaged app in its own JVM while students keep submitting: the zip it saves restores into a fresh
 * database that holds every submission confirmed before the command ran, and the students never notice.
 */
class BackupCommandIT {

    private static final Path JAR = Path.of(System.getProperty("colloquy.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
    private static final Path CONTENT = Path.of(System.getProperty("colloquy.content", "content"));
    private static final List<String> JVM_OPTIONS = ServerJvmOptions.with("-Xmx512m");
    private static final String TOKEN = "test-backup-token-0123456789abcdef0123456789";
    private static final int STUDENTS = 4;

    @TempDir
    Path dir;

    @Test
    void theDocumentedBackupCommandSavesAConsistentCopyWhileStudentsSubmitAndRefusesAWrongToken() throws Exception {
        Path dataDir = dir.resolve("data");
        List<String> students = FaultClass.seed(h2(dataDir), STUDENTS);
        Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "prod", "COLLOQUY_BACKUP_TOKEN", TOKEN);

        Path saved;
        List<SubmissionBurst.Acknowledged> confirmedBefore;
        try (RunningApp app = RunningApp.startWith(environment, dataDir, JAR, CONTENT, JVM_OPTIONS);
             SubmissionBurst burst = new SubmissionBurst(app.base(), students)) {
            Command guessed = runDocumentedCommand(app, TOKEN.replace('0', '1'), dir.resolve("guessed"));
            assertThat(guessed.exitCode()).isEqualTo(22);
            assertThat(guessed.output()).contains("Wrong or missing backup token");
            assertThat(dir.resolve("guessed")).isEmptyDirectory();
            assertThat(dataDir.resolve("backups")).as("nothing written for a wrong token").doesNotExist();

            burst.awaitAcknowledged(20, Duration.ofMinutes(2));
            confirmedBefore = burst.acknowledged();

            Command backup = runDocumentedCommand(app, TOKEN, dir.resolve("copies"));

            int afterwards = burst.acknowledged().size() + 10;
            burst.awaitAcknowledged(afterwards, Duration.ofMinutes(1));
            assertThat(burst.problems()).as("students' submissions during the backup").isEmpty();
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            saved = onlyFile(dir.resolve("copies"));
            assertThat(saved.getFileName().toString()).matches("colloquy-\\d{8}-\\d{6}Z\\.zip");
            assertThat(dataDir.resolve("backups").resolve(saved.getFileName()))
                    .as("the server keeps its own copy in COLLOQUY_BACKUP_DIR").hasSameBinaryContentAs(saved);
        }

        Path restored = dir.resolve("restored");
        Restore.execute(saved.toString(), restored.toString(), "colloquy");
        assertThat(FaultClass.storedSubmissions(h2(restored))).containsAll(confirmedBefore);
    }

    record Command(int exitCode, String output) {
    }

    /** README, "Operate it": the command, with the server's address in place of localhost:8080. */
    private static Command runDocumentedCommand(RunningApp app, String token, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        String command = "curl --fail-with-body -sS -X POST -H \"Authorization: Bearer $COLLOQUY_BACKUP_TOKEN\" -OJ "
                + app.base().resolve("api/backup");
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).directory(workDir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("COLLOQUY_BACKUP_TOKEN", token);
        Process curl = builder.start();
        assertThat(curl.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // curl -J writes an error answer's body into the named file, or prints it with --fail-with-body
        try (Stream<Path> files = Files.list(workDir)) {
            for (Path file : files.filter(file -> !file.toString().endsWith(".zip")).toList()) {
                output += Files.readString(file);
                Files.delete(file);
            }
        }
        return new Command(curl.exitValue(), output);
    }

    private static Path onlyFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }

    private static DriverManagerDataSource h2(Path dataDir) {
        return new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath(), "sa", "");
    }
}
