package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Page;

/** The demo instructor grades a demo student's answer with the rubric and releases it; the student sees it. */
class InstructorReviewJourney extends BrowserJourney {

    @Test
    void instructor_gives_rubric_feedback_releases_it_and_the_student_sees_it() {
        signIn("iris", "colloquy");
        page.locator(".main-nav a", new Page.LocatorOptions().setHasText("My classes")).click();
        page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        assertThat(page.locator("h1")).hasText("Demo seminar");
        assertThat(page.locator("#progress-matrix")).containsText("Ana Petrova");
        screenshot("10-cohort-overview");

        page.locator("#tab-prompts").click();
        page.locator("a[href$='/review/three-stages/respond-balance']").click();
        assertThat(page.locator("#review-list")).containsText("Ana Petrova");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ana Petrova")).click();
        assertThat(page.locator("#review-answer-text")).not().isEmpty();

        page.locator(".feedback-form vaadin-text-area textarea").fill("Clear thesis. Quote paragraph 3 once more.");
        Locator criteria = page.locator(".rubric-criterion");
        for (int i = 0; i < criteria.count(); i++) {
            criteria.nth(i).locator("vaadin-radio-button").last().click();
        }
        page.locator("#save-feedback").click();
        assertThat(page.locator(".feedback-form .submission-state")).containsText("draft");
        screenshot("11-review-queue-with-rubric");

        page.locator("#release-prompt").click();
        assertThat(page.locator(".queue-count")).containsText("Feedback released to 1 student");

        page.locator("a", new Page.LocatorOptions().setHasText("← Demo seminar")).click();
        page.locator(".legend a[href$='/lessons/three-stages']").click();
        assertThat(page.locator("h1")).containsText("class results");
        assertThat(page.locator(".data-table").first()).containsText("Strongly agree");
        screenshot("13-lesson-results");
        page.navigate(page.url().replaceFirst("/lessons/three-stages$", "/passages"));
        assertThat(page.locator(".engagement-counts").first()).containsText("¶1");
        screenshot("14-passage-engagement");

        context.close();
        openContext();
        signIn("ana", "colloquy");
        assertThat(page.locator(".notice-badge")).hasText("1");
        page.locator("#notice-link").click();
        page.getByText("Feedback on your answer in").click();
        page.locator(".step-indicator button[aria-label*='Respond']").first().click();
        assertThat(page.locator("#feedback-note")).containsText("Clear thesis. Quote paragraph 3 once more.");
        screenshot("12-student-sees-feedback");
    }
}
