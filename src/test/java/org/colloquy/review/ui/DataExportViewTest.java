package org.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = DataExportView.class)
class DataExportViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void signInAsAdmin() {
        accounts.signInNew("admin", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_unknown_username_is_explained_and_offers_no_download() {
        navigate(DataExportView.class);

        lookUp("no-such-person");

        TextField username = find(TextField.class).id("data-export-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage())
                .isEqualTo("No account has the username “no-such-person”. Check the spelling: usernames are matched exactly.");
        assertThat(find(Anchor.class).all()).noneMatch(anchor -> anchor.getId().orElse("").startsWith("data-export-"));
    }

    @Test
    void an_empty_username_asks_for_one() {
        navigate(DataExportView.class);

        lookUp("  ");

        assertThat(find(TextField.class).id("data-export-username").getErrorMessage())
                .isEqualTo("Enter the username of the person whose data you want to export.");
    }

    @Test
    void a_known_person_is_summarised_with_a_download_per_format() {
        UserRef student = accounts.create("student", "Mei <b>Lin</b>", Role.STUDENT);
        navigate(DataExportView.class);

        lookUp(student.username());

        assertThat(find(TextField.class).id("data-export-username").isInvalid()).isFalse();
        assertThat(find(Paragraph.class).withText("Mei <b>Lin</b> (" + student.username() + "): 0 answers in 0 courses.")
                .all()).hasSize(1);
        assertThat(find(Anchor.class).id("data-export-json").getText()).isEqualTo("Download JSON");
        assertThat(find(Anchor.class).id("data-export-csv").getText()).isEqualTo("Download CSV");
        assertThat(find(Anchor.class).id("data-export-csv").getHref()).isNotBlank();
    }

    private void lookUp(String username) {
        test(find(TextField.class).id("data-export-username")).setValue(username);
        test(find(Button.class).id("data-export-find")).click();
    }
}
