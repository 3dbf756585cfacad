package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * WCAG 2.1 A/AA checks (axe-core) on the live seminar: the presenter console with answers, the projector at 1080p
 * with a question, a chart, revealed answers and a word cloud, the phone view joining and answering, and the
 * session's results on the class dashboard afterwards.
 */
@TestPropertySource(properties = {AccessibilityAudit.OWN_DATABASE, AccessibilityAudit.QUICK_PUSH})
class SeminarAccessibilityJourney extends BrowserJourney {

    @Test
    void everyViewOfALiveSeminarPassesWcag21AA() {
        AccessibilityAudit audit = new AccessibilityAudit();
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        String code = page.locator("#presenter-join-code").textContent();
        audit.check(page, "presenter-console");

        Page projector = newPerson(1920, 1080);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-join-code")).hasText(code);
        audit.check(projector, "projector-question");

        Page ana = newPerson(390, 844);
        signIn(ana, "ana", "colloquy");
        ana.navigate(url("live"));
        ana.locator("#live-code input").waitFor();
        audit.check(ana, "audience-join");
        ana.navigate(url("live/" + code));
        ana.locator("#live-choice vaadin-radio-button").first().waitFor();
        audit.check(ana, "audience-question");
        Page ben = newPerson(390, 844);
        signIn(ben, "ben", "colloquy");
        ben.navigate(url("live/" + code));
        choose(ana, 3);
        choose(ben, 1);
        audit.check(ana, "audience-answered");

        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".distribution-chart")).isVisible();
        audit.check(projector, "projector-chart");

        for (int prompt = 2; prompt <= 4; prompt++) {
            page.locator("#prompt-next").click();
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        write(ana, "Energy trade built trust step by step, and energy keeps the partnership steady.");
        write(ben, "Shared energy projects and trade in national currencies.");
        assertThat(page.locator("#answer-count")).hasText("Answers (2)");
        audit.check(page, "presenter-console-with-answers");
        page.locator("[id^='approve-']:visible").first().click();
        assertThat(page.locator("[id^='approve-']:visible")).hasCount(1);
        page.locator("[id^='approve-']:visible").first().click();
        assertThat(page.locator("[id^='approve-']:visible")).hasCount(0);
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".projector-answer")).hasCount(2);
        audit.check(projector, "projector-answers");
        page.locator("#reveal-word-cloud").click();
        assertThat(projector.locator("#word-cloud")).containsText("energy");
        audit.check(projector, "projector-word-cloud");
        page.locator("#timer-60").click();
        assertThat(projector.locator("#projector-countdown")).containsText("0:5");
        audit.check(projector, "projector-countdown");
        audit.check(page, "presenter-console-revealed");

        page.navigate(url("classes"));
        page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        page.locator("#tab-live").click();
        page.locator("#live-sessions a").first().click();
        assertThat(page.locator("#live-results-prompts")).containsText("Energy trade built trust");
        audit.check(page, "live-session-results");
        page.locator("#live-results-students a").first().click();
        page.locator("#student-live-answers").waitFor();
        audit.check(page, "student-live-answers");

        audit.assertEveryViewPassed();
    }

    /** Picks the option at this position (0 = the first) and sends it. */
    private static void choose(Page phone, int option) {
        phone.locator("#live-choice vaadin-radio-button").nth(option).click();
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
    }

    private static void write(Page phone, String text) {
        phone.locator("#live-answer textarea").fill(text);
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
    }
}
