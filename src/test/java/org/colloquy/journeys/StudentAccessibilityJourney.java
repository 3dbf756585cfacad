package org.colloquy.journeys;

import com.microsoft.playwright.Locator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** WCAG 2.1 A/AA checks (axe-core) on every view a student uses, each lesson step kind included. */
class StudentAccessibilityJourney extends BrowserJourney {

    private static final String COURSE = "course/sino-russian-relations";
    private static final String[] LESSONS = {"three-stages", "expediency-and-order"};

    @Test
    void theCheckFailsOnAPageWithAKnownViolation() {
        page.setContent("<html lang='en'><head><title>t</title></head><body><main>"
                + "<button></button><p style='color:#ccc;background:#fff'>faint</p></main></body></html>");

        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> Accessibility.check(page, "known-violation"));
        org.assertj.core.api.Assertions.assertThat(failure.getMessage()).contains("button-name", "color-contrast");
    }

    @Test
    void everyViewAStudentUsesPassesWcag21AA() {
        page.navigate(url("login"));
        page.locator("input[name='username']").waitFor();
        Accessibility.check(page, "login");

        signIn("chen", "colloquy");
        Accessibility.check(page, "course-home");

        page.navigate(url(COURSE));
        page.locator("h1").first().waitFor();
        Accessibility.check(page, "course");

        Set<String> kindsChecked = new LinkedHashSet<>();
        for (String lesson : LESSONS) {
            page.navigate(url(COURSE + "/lesson/" + lesson));
            Locator dots = page.locator(".step-indicator button");
            dots.first().waitFor();
            for (int i = 0; i < dots.count(); i++) {
                String label = dots.nth(i).getAttribute("aria-label");
                String kind = label.substring(label.indexOf(':') + 1).strip().toLowerCase();
                if (kindsChecked.add(kind)) {
                    dots.nth(i).click();
                    page.locator(".step-indicator button[aria-current='step'][data-step='" + (i + 1) + "']").waitFor();
                    Accessibility.check(page, "lesson-step-" + kind);
                }
            }
        }

        page.navigate(url(COURSE + "/reading"));
        page.locator("h1").first().waitFor();
        Accessibility.check(page, "reading");

        page.navigate(url("my-work"));
        page.locator("h1").first().waitFor();
        Accessibility.check(page, "my-work");

        page.navigate(url("notices"));
        page.locator("h1").first().waitFor();
        Accessibility.check(page, "notices");
    }
}
