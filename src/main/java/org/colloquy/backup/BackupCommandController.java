package org.colloquy.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The backup command for scripts (README, "Operate it"; decision 0022): {@code POST /api/backup} with the backup
 * token writes an online backup into the backup folder, exactly as the admin page does, and answers with the zip
 * itself, so that the caller can keep a copy off the machine.
 */
@RestController
class BackupCommandController {

    static final String PATH = "/api/backup";

    private final BackupService backups;

    BackupCommandController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping(PATH)
    void backUp(HttpServletResponse response) throws IOException {
        switch (backups.backUp()) {
            case BackupOutcome.Written written -> {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/zip");
                response.setContentLengthLong(written.bytes());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(written.file().getFileName().toString()).build().toString());
                response.setHeader("X-Colloquy-Backup-File", written.file().toString());
                Files.copy(written.file(), response.getOutputStream());
            }
            case BackupOutcome.NotTaken notTaken ->
                    BackupTokenFilter.refuse(response, HttpServletResponse.SC_CONFLICT, notTaken.message());
        }
    }
}
