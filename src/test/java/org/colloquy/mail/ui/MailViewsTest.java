package org.colloquy.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import java.sql.Timestamp;
import java.time.Instant;
import com.vaadin.flow.dom.Element;
import org.colloquy.IntegrationTest;
import org.colloquy.base.ui.PlainText;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.mail.MailPreferenceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
@ViewPackages(classes = {MailSettingsView.class, MailAdminView.class})
class MailViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    MailPreferenceService preferences;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_turns_her_reminders_off_on_her_email_page_and_finds_them_off_next_time() {
        accounts.signInNew("student", Role.STUDENT);
        navigate(MailSettingsView.class);
        Checkbox reminders = find(Checkbox.class).id("mail-reminders");
        assertThat(reminders.getValue()).as("on until she says otherwise").isTrue();

        test(reminders).click();

        assertThat(PlainText.of(find(Paragraph.class).id("mail-reminders-saved"))).isEqualTo("Reminders are off.");
        assertThat(preferences.mine().reminders()).isFalse();
        navigate(MailSettingsView.class);
        assertThat(find(Checkbox.class).id("mail-reminders").getValue()).isFalse();
    }

    @Test
    void an_admin_sees_a_failed_email_with_its_error_and_sends_it_again() {
        jdbc.update("delete from mail_outbox");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into mail_outbox (dedup_key, kind, recipient_id, recipient_address, language, subject, text_body,
                    html_body, status, attempts, next_attempt_at, last_error, created_at)
                values ('view-test', 'REPLY_POSTED', 1, 'ana@example.org', 'en', 'Ben replied to your post', 'Hello',
                    '<p>Hello</p>', 'FAILED', 10, ?, '550 No such user', ?)""", now, now);
        accounts.signInNew("admin", Role.ADMIN);
        navigate(MailAdminView.class);
        String page = shown(getCurrentView().getElement());
        assertThat(page).contains("Failed", "Reply to a post", "ana@example.org", "Ben replied to your post",
                "550 No such user").doesNotContain("Hello");

        Button retry = find(Button.class).withText("Send again").single();
        test(retry).click();

        assertThat(PlainText.of(find(Paragraph.class).id("mail-admin-result")))
                .isEqualTo("It will be sent again within a minute.");
        assertThat(shown(getCurrentView().getElement())).contains("Waiting")
                .doesNotContain("Send again");
    }

    /** What the page shows: text set as a property ({@link PlainText}) or as text nodes, and button captions. */
    private static String shown(Element element) {
        StringBuilder text = new StringBuilder();
        String property = element.getProperty("innerText");
        if (property != null) {
            text.append(property).append(' ');
        } else if (element.isTextNode()) {
            text.append(element.getText()).append(' ');
        }
        element.getChildren().forEach(child -> text.append(shown(child)));
        return text.toString();
    }
}
