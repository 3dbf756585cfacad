package org.colloquy.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.dom.Element;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = SetPasswordView.class)
class SetPasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;

    private String email = "";

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_student_opens_her_link_chooses_a_password_and_is_sent_to_sign_in() {
        openLinkOfNewStudent("Ana Petrova");

        assertThat(greeting()).isEqualTo("Hello Ana Petrova. Choose a password for your account; you will sign in with "
                + "the username " + email + ".");
        choosePassword("correct horse", "correct horse");

        assertThat(find(Paragraph.class).withClassName("set-password-done").single().getText())
                .isEqualTo("Your password is set. Sign in with the username " + email + " and your new password.");
        assertThat(find(Anchor.class).withText("Sign in").single().getHref()).isEqualTo("login");
        assertThat(find(PasswordField.class).all()).isEmpty();
    }

    @Test
    void a_mistyped_repeat_is_explained_and_the_form_stays() {
        openLinkOfNewStudent("Ana Petrova");

        choosePassword("correct horse", "correct hrose");

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .isEqualTo("The two passwords differ: type the same password in both fields.");
        assertThat(find(PasswordField.class).all()).hasSize(2);
    }

    @Test
    void a_russian_reader_is_told_in_russian_why_the_password_was_refused() {
        openLinkOfNewStudent("Ana Petrova");
        UI.getCurrent().setLocale(Locale.of("ru"));
        try {
            choosePassword("short", "short");

            assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                    .isEqualTo("Пароль — не меньше 8 символов.");
        } finally {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void a_link_opened_again_after_use_says_it_was_used() {
        String route = openLinkOfNewStudent("Ana Petrova");
        choosePassword("correct horse", "correct horse");

        navigate(route, SetPasswordView.class);

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .startsWith("This link has been used already");
        assertThat(find(PasswordField.class).all()).isEmpty();
    }

    @Test
    void a_mangled_link_says_it_is_not_valid() {
        accounts.signInAnonymously();

        navigate("set-password/not-a-real-token", SetPasswordView.class);

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText()).startsWith("This link is not valid.");
    }

    @Test
    void the_name_from_the_class_list_is_shown_as_text_not_markup() {
        openLinkOfNewStudent("<img src=x onerror=alert(1)>");

        Paragraph greeting = find(Paragraph.class).withClassName("set-password-greeting").single();
        assertThat(greeting.getText()).startsWith("Hello <img src=x onerror=alert(1)>.");
        assertThat(greeting.getElement().getChildren()).allMatch(Element::isTextNode);
    }

    @Test
    void someone_signed_in_is_asked_to_sign_out_first() {
        String route = importNewStudent("Ana Petrova");
        var student = accounts.signInNew("student", Role.STUDENT);

        navigate(route, SetPasswordView.class);

        assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
                .startsWith("You are signed in as " + student.username() + ".");
        assertThat(find(Button.class).withText("Sign out").exists()).isTrue();
    }

    private String openLinkOfNewStudent(String name) {
        String route = importNewStudent(name);
        accounts.signInAnonymously();
        navigate(route, SetPasswordView.class);
        return route;
    }

    private String importNewStudent(String name) {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "View class");
        email = "ana@" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        var imported = (RosterImportResult.Imported) roster.importRoster(cohort.id(),
                "name,email\n\"" + name + "\"," + email);
        return "set-password/" + Objects.requireNonNull(imported.entries().getFirst().setPasswordToken());
    }

    private void choosePassword(String password, String repeated) {
        test(find(PasswordField.class).withLabel("New password").single()).setValue(password);
        test(find(PasswordField.class).withLabel("Repeat the new password").single()).setValue(repeated);
        test(find(Button.class).withText("Set my password").single()).click();
    }

    private String greeting() {
        return find(Paragraph.class).withClassName("set-password-greeting").single().getText();
    }
}
