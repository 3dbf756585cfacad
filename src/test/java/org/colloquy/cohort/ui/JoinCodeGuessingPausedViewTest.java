package org.colloquy.cohort.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The join page says when to try again after too many wrong codes (decision 0050), and keeps the code she typed. */
@IntegrationTest
@ViewPackages(classes = JoinView.class)
class JoinCodeGuessingPausedViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheGuesses() {
        // every browserless request comes from 127.0.0.1: the other view tests must not find that address paused
        jdbc.update("delete from sign_in_failure where counter_name like 'join-code-%'");
        accounts.signOut();
    }

    @Test
    void a_student_who_guessed_too_many_codes_is_told_when_to_try_again_and_keeps_the_code_she_typed() {
        accounts.signInNew("teacher", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Paused class");
        accounts.signInNew("guesser", Role.STUDENT);
        for (int i = 0; i < 10; i++) {
            cohorts.join("ZZZZZ" + i);
        }
        navigate("join", JoinView.class);
        TextField code = find(TextField.class).id("join-code");

        test(code).setValue(cohort.joinCode());
        test(find(Button.class).id("join-button")).click();

        assertThat(find(Paragraph.class).withClassName("join-message").single().getText())
                .startsWith("You have tried too many codes that name no class or session")
                .contains("Try again in about a minute");
        assertThat(code.getValue()).isEqualTo(cohort.joinCode());
        assertThat(cohorts.cohortsIAmIn()).isEmpty();
    }
}
