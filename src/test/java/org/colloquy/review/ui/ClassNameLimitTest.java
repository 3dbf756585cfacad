package org.colloquy.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ViewPackages(classes = CohortsView.class)
class ClassNameLimitTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void anInstructorWhoseClassNameIsTooLongIsToldSoAndKeepsTheNameToShorten() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        navigate(CohortsView.class);
        TextField name = find(TextField.class).id("new-class-name");
        assertThat(name.getHelperText()).isEqualTo("Up to 120 characters.");
        String longName = "Sino-Russian relations, autumn seminar ".repeat(4);

        test(name).setValue(longName);
        assertThat(name.isInvalid()).as("said while typing").isTrue();
        test(find(Button.class).withText("Create class").single()).click();

        assertThat(name.getValue()).isEqualTo(longName);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A class name is 1 to 120 characters.");
        assertThat(cohorts.cohortsITeach()).isEmpty();
    }
}
