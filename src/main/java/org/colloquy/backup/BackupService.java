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
                return new BackupOutcome.NotTaken("This installation runs on PostgreSQL: back it up with pg_dump "
                        + "(see “Operate it” in the README). Colloquy backs up only its built-in H2 database.");
            }
            if (url.startsWith("jdbc:h2:mem:")) {
                return new BackupOutcome.NotTaken("This database lives in memory only and is gone when Colloquy stops; "
                        + "there is no file to back up. Configure a data directory (COLLOQUY_DATA_DIR) to keep data.");
            }
            Files.createDirectories(backupDir());
            if (Files.exists(file)) {
                return new BackupOutcome.NotTaken("A backup was taken this very second (" + file.getFileName()
                        + "). Wait a moment and try again.");
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            long bytes = Files.size(file);
            log.info("Wrote an online backup of the database to {} ({} bytes)", file, bytes);
            return new BackupOutcome.Written(file, bytes, now);
        } catch (SQLException | IOException failed) {
            log.error("The backup to {} failed", file, failed);
            return new BackupOutcome.NotTaken("The backup could not be written to " + backupDir() + ": "
                    + failed.getMessage() + ". Check that the folder exists, is writable and has free space.");
        }
    }
}
