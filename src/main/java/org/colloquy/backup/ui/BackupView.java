package org.colloquy.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.colloquy.backup.BackupOutcome;
import org.colloquy.backup.BackupService;
import org.colloquy.base.ui.TimeDisplay;

/** An admin takes an online backup of the database, and reads how to restore one. */
@Route("admin/backup")
@PageTitle("Backup · Colloquy")
@Menu(order = 11, title = "Backup")
@RolesAllowed("ADMIN")
public class BackupView extends Main {

    private final BackupService backups;
    private final Paragraph result = new Paragraph();
    private final Button backUp = new Button("Back up now", click -> backUp());

    BackupView(BackupService backups) {
        this.backups = backups;
        setId("main-content");
        addClassNames("page", "backup-view");
        backUp.setId("backup-now");
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.setDisableOnClick(true);
        result.setId("backup-result");
        result.getElement().setAttribute("role", "status");
        Pre restore = new Pre(restoreCommand());
        restore.setId("backup-restore-command");
        restore.addClassName("backup-command");
        add(new H1("Backup"),
                new Paragraph("Writes a consistent copy of the whole database to a zip file while Colloquy keeps "
                        + "running: students can go on writing. Backups go to " + backups.backupDir() + "."),
                new Div(backUp), result,
                new H2("Restoring a backup"),
                new Paragraph("Stop Colloquy, move the current database file (colloquy.mv.db in the data directory) "
                        + "somewhere safe, then run this in the folder that holds the jar, with the backup's file name "
                        + "(for the Docker image, see “Operate it” in the README):"),
                restore,
                new Paragraph("Start Colloquy again: it opens the restored database."));
    }

    private void backUp() {
        BackupOutcome outcome = backups.backUp();
        switch (outcome) {
            case BackupOutcome.Written written -> {
                result.removeClassName("error");
                result.setText("Backup written at " + TimeDisplay.time(written.takenAt()) + ": " + written.file()
                        + " (" + size(written.bytes()) + "). Copy it to another machine to keep it safe.");
            }
            case BackupOutcome.NotTaken notTaken -> {
                result.addClassName("error");
                result.setText(notTaken.message());
            }
        }
        backUp.setEnabled(true);
    }

    private String restoreCommand() {
        return "java -cp colloquy.jar -Dloader.main=org.h2.tools.Restore \\\n"
                + "  org.springframework.boot.loader.launch.PropertiesLauncher \\\n"
                + "  -file " + backups.backupDir() + "/colloquy-YYYYMMDD-HHMMSSZ.zip -dir DATA_DIRECTORY -db colloquy";
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
