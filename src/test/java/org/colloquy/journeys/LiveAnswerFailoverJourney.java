package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The server node a student's phone was on goes away with her session (decision 0048): what she typed and did not
 * send stays on the phone, and the room asks her to sign in again, not to join as a guest, and takes her back to
 * the question she was answering. A reload alone keeps her text too.
 */
class LiveAnswerFailoverJourney extends BrowserJourney {

    private static final String UNSENT = "Both sides needed a partner while the West turned away.";

    @Test
    void a_student_whose_session_died_is_asked_to_sign_in_first_and_finds_her_unsent_answer_in_the_room() {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        for (int prompt = 2; prompt <= 4; prompt++) {
            page.locator("#prompt-next").click();
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        page.locator("#allow-guests").click();
        String code = page.locator("#presenter-join-code").textContent();

        Page phone = newPerson(390, 844);
        signIn(phone, "ana", "colloquy");
        phone.navigate(url("live/" + code));
        phone.locator("#live-answer textarea").fill(UNSENT);
        phone.reload();
        assertThat(phone.locator("#live-answer textarea")).hasValue(UNSENT);
        assertThat(phone.locator("#live-status")).containsText("unsent answer is back");

        // her node died: another node answers, and it has no session for her
        phone.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        phone.reload();
        assertThat(phone.locator("h1")).hasText("Sign in again to go back to the room");
        assertThat(phone.locator("#guest-name")).hasCount(0);
        assertThat(phone.locator("#live-as-guest")).isVisible();
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("40-live-sign-in-again.png")).setFullPage(true));

        phone.locator("#live-sign-in-again").click();
        phone.locator("input[name='username']").fill("ana");
        phone.locator("input[name='password']").fill("colloquy");
        phone.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        phone.waitForURL("**/live/" + code);
        assertThat(phone.locator("#live-answer textarea")).hasValue(UNSENT);
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        assertThat(phone.evaluate("() => Object.keys(localStorage).some(key => key.startsWith('colloquy-live:'))"))
                .as("sent, so no longer kept on the phone").isEqualTo(false);
    }
}
