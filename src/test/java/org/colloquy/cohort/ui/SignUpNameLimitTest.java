package org.colloquy.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = JoinView.class)
class SignUpNameLimitTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aNewcomerWhoseNameIsTooLongIsToldSoAndKeepsEverythingSheTyped() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Long names class");
        accounts.signInAnonymously();
        long accountsBefore = accounts.count();
        navigate("join/" + cohort.joinCode(), JoinView.class);
        TextField name = find(TextField.class).withLabel("Your name, as your class will see it").single();
        assertThat(name.getHelperText()).isEqualTo("Up to 200 characters.");
        String longName = "Anastasia ".repeat(21).strip();

        test(name).setValue(longName);
        test(find(TextField.class).withLabel("Choose a username").single()).setValue("anastasia-long");
        test(find(PasswordField.class).single()).setValue("correct horse battery");
        test(find(Button.class).id("sign-up-button")).click();

        assertThat(name.getValue()).isEqualTo(longName);
        assertThat(name.isInvalid()).isTrue();
        assertThat(find(Paragraph.class).withClassName("join-message").single().getText())
                .isEqualTo("Your name is 1 to 200 characters. Nothing was created; your entries are still here.");
        assertThat(accounts.count()).isEqualTo(accountsBefore);
    }
}
