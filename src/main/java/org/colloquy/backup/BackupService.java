package org.colloquy.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.colloquy.base.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes an online backup of the H2 database with H2's {@code BACKUP TO}: students keep writing while it runs, and
 * the copy is transactionally consistent (H2 copies the file together with its log). On PostgreSQL there is nothing
 * to do here: {@code pg_dump} is the tool, and the outcome says so.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'BACKUP')")
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path backupDir;
    private final Clock clock;

    BackupService(DataSource dataSource, @Value("${colloquy.backup-dir}") Path backupDir, Clock clock) {
        this.dataSource = dataSource;
        this.backupDir = backupDir;
        this.clock = clock;
    }

    /** The folder backups go to ({@code COLLOQUY_BACKUP_DIR}). */
    public Path backupDir() {
        return backupDir.toAbsolutePath().normalize();
    }

    public BackupOutcome backUp() {
        Instant now = clock.instant();
        Path file = backupDir().resolve("colloquy-" + FILE_TIME.format(now) + "Z.zip");
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith("jdbc:h2:")) {
                return new BackupOutcome.NotTaken(Text.of("backup.refused.postgresql"));
            }
            if (url.startsWith("jdbc:h2:mem:")) {
                return new BackupOutcome.NotTaken(Text.of("backup.refused.in-memory"));
            }
            Files.createDirectories(backupDir());
            if (Files.exists(file)) {
                return new BackupOutcome.NotTaken(Text.of("backup.refused.same-second",
                        String.valueOf(file.getFileName())));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            long bytes = Files.size(file);
            log.info("Wrote an online backup of the database to {} ({} bytes)", file, bytes);
            return new BackupOutcome.Written(file, bytes, now);
        } catch (SQLException | IOException failed) {
            log.error("The backup to {} failed", file, failed);
            return new BackupOutcome.NotTaken(Text.of("backup.refused.not-written", String.valueOf(backupDir()),
                    String.valueOf(failed.getMessage())));
        }
    }
}
