package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Objects;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.cohort.RosterImportResult;
import org.colloquy.cohort.RosterImportService;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A student imported from a class list opens her one-time link, chooses a password and signs in with it. */
class SetPasswordJourney extends BrowserJourney {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImportService roster;

    @Test
    void an_imported_student_chooses_her_password_through_her_link_and_signs_in() {
        String link = importStudent("Dana Ray", "dana.ray@example.org");

        page.navigate(url(link));
        assertThat(page.locator(".set-password-greeting")).containsText("Hello Dana Ray.");
        page.locator("vaadin-password-field").nth(0).locator("input").fill("a long new password");
        page.locator("vaadin-password-field").nth(1).locator("input").fill("a long new password");
        screenshot("09-set-password");
        page.getByText("Set my password").click();
        assertThat(page.locator(".set-password-done")).containsText("Your password is set.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
        signIn("dana.ray@example.org", "a long new password");
        assertThat(page.locator("h1").first()).hasText("Courses");

        page.navigate(url(link));
        assertThat(page.locator(".form-error")).containsText("You are signed in as dana.ray@example.org.");
    }

    private String importStudent(String name, String email) {
        try {
            accounts.signInNew("teacher", Role.INSTRUCTOR);
            CohortRef cohort = cohorts.createCohort("sino-russian-relations", "Journey class");
            var imported = (RosterImportResult.Imported) roster.importRoster(cohort.id(), "name,email\n" + name + "," + email);
            return "set-password/" + Objects.requireNonNull(imported.entries().getFirst().setPasswordToken());
        } finally {
            accounts.signOut();
        }
    }
}
