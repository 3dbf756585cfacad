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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.colloquy.backup.BackupOutcome;
import org.colloquy.backup.BackupService;
import org.colloquy.base.i18n.Translated;
import org.colloquy.base.ui.TimeDisplay;

/** An admin takes an online backup of the database, and reads how to restore one. */
@Route("admin/backup")
@Menu(order = 11, title = "backup.title")
@RolesAllowed("ADMIN")
class BackupView extends Main implements HasDynamicTitle {

    private final BackupService backups;
    private final Paragraph result = new Paragraph();
    private final Button backUp = new Button();

    BackupView(BackupService backups) {
        this.backups = backups;
        setId("main-content");
        addClassNames("page", "backup-view");
        backUp.setId("backup-now");
        backUp.setText(getTranslation("backup.now"));
        backUp.addClickListener(click -> backUp());
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.setDisableOnClick(true);
        result.setId("backup-result");
        result.getElement().setAttribute("role", "status");
        Pre restore = new Pre(restoreCommand());
        restore.setId("backup-restore-command");
        restore.addClassName("backup-command");
        add(new H1(getTranslation("backup.title")),
                new Paragraph(getTranslation("backup.explanation", backups.backupDir())),
                new Div(backUp), result,
                new H2(getTranslation("backup.restore.title")),
                new Paragraph(getTranslation("backup.restore.steps")),
                restore,
                new Paragraph(getTranslation("backup.restore.start")));
    }

    private void backUp() {
        BackupOutcome outcome = backups.backUp();
        switch (outcome) {
            case BackupOutcome.Written written -> {
                result.removeClassName("error");
                result.setText(getTranslation("backup.written", TimeDisplay.time(written.takenAt()), written.file(),
                        size(written.bytes())));
            }
            case BackupOutcome.NotTaken notTaken -> {
                result.addClassName("error");
                result.setText(Translated.text(notTaken.reason()));
            }
        }
        backUp.setEnabled(true);
    }

    private String restoreCommand() {
        return "java -cp colloquy.jar -Dloader.main=org.h2.tools.Restore \\\n" // not interface text: a command
                + "  org.springframework.boot.loader.launch.PropertiesLauncher \\\n"
                + "  -file " + backups.backupDir() + "/colloquy-YYYYMMDD-HHMMSSZ.zip -dir DATA_DIRECTORY -db colloquy"; // not interface text
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? getTranslation("backup.size.kb", bytes / 1024.0)
                : getTranslation("backup.size.mb", bytes / (1024.0 * 1024));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("base.page-title", getTranslation("backup.title"));
    }
}
