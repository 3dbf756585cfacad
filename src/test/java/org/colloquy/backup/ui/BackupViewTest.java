package org.colloquy.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = BackupView.class)
class BackupViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anAdminSeesTheBackupButtonAndTheRestoreCommand() {
        accounts.signInNew("admin", Role.ADMIN);
        navigate(BackupView.class);

        assertThat(find(Button.class).id("backup-now").getText()).isEqualTo("Back up now");
        assertThat(find(Pre.class).id("backup-restore-command").getText())
                .contains("-Dloader.main=org.h2.tools.Restore", "-db colloquy");
    }

    @Test
    void aBackupOfAnInMemoryDatabaseIsExplainedNotAttempted() {
        accounts.signInNew("admin", Role.ADMIN);
        navigate(BackupView.class);

        test(find(Button.class).id("backup-now")).click();

        Paragraph result = find(Paragraph.class).id("backup-result");
        assertThat(result.getText()).startsWith("This database lives in memory only");
        assertThat(result.hasClassName("error")).isTrue();
        assertThat(find(Button.class).id("backup-now").isEnabled()).isTrue();
    }

    @Test
    void studentsAndInstructorsCannotOpenTheBackupPage() {
        for (Role role : new Role[] {Role.STUDENT, Role.INSTRUCTOR, Role.SEMINAR_LEADER}) {
            accounts.signInNew("not-admin", role);
            assertThatThrownBy(() -> navigate(BackupView.class)).as(role.name())
                    .hasMessageContaining("Navigation resulted in unexpected class");
        }
    }
}
