package org.colloquy.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The reset form on a server that sends mail. */
@IntegrationTest
@TestPropertySource(properties = "spring.mail.host=mail.invalid")
@ViewPackages(classes = PasswordResetView.class)
class PasswordResetViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void someone_who_asks_for_an_unknown_address_is_told_the_same_as_for_a_known_one() {
        accounts.signInAnonymously();
        navigate(PasswordResetView.class);

        test(find(EmailField.class).id("reset-email")).setValue("nobody-here@school.edu");
        test(find(Button.class).id("reset-send")).click();

        assertThat(find(Paragraph.class).id("reset-answer").getText())
                .isEqualTo("If an account has the address nobody-here@school.edu, a link to choose a new password is "
                        + "on its way. Check your inbox, and your spam folder.");
    }

    @Test
    void text_that_is_no_address_is_refused_where_it_was_typed_and_kept() {
        accounts.signInAnonymously();
        navigate(PasswordResetView.class);

        test(find(EmailField.class).id("reset-email")).setValue("ana\r\nBcc: x@y.z");
        test(find(Button.class).id("reset-send")).click();

        EmailField field = find(EmailField.class).id("reset-email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getValue()).isEqualTo("ana\r\nBcc: x@y.z");
        assertThat(find(Paragraph.class).id("reset-answer").getText()).isEmpty();
    }
}
