package org.colloquy.journeys;

import com.microsoft.playwright.Locator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.junit.jupiter.api.Assertions;

/** WCAG 2.1 A/AA checks (axe-core) on every view a student uses, each lesson step kind included. */
@TestPropertySource(properties = {AccessibilityAudit.OWN_DATABASE, AccessibilityAudit.QUICK_PUSH})
class StudentAccessibilityJourney extends BrowserJourney {

    private static final String COURSE = "course/sino-russian-relations";
    private static final String[] LESSONS = {"three-stages", "expediency-and-order"};

    @Test
    void theCheckFailsOnAPageWithAKnownViolation() {
        page.setContent("<html lang='en'><head><title>t</title></head><body><main>"
                + "<button></button><p style='color:#ccc;background:#fff'>faint</p></main></body></html>");

        AssertionError failure = Assertions.assertThrows(AssertionError.class,
                () -> Accessibility.check(page, "known-violation"));
        org.assertj.core.api.Assertions.assertThat(failure.getMessage()).contains("button-name", "color-contrast");
    }

    @Test
    void theCheckFailsOnASkippedHeadingLevelOrAMissingH1() {
        page.setContent("<html lang='en'><head><title>t</title></head><body><main><h1>Course</h1>"
                + "<h3>Lesson</h3></main></body></html>");
        AssertionError skipped = Assertions.assertThrows(AssertionError.class,
                () -> Accessibility.check(page, "skipped-heading"));
        org.assertj.core.api.Assertions.assertThat(skipped.getMessage()).contains("h1 is followed by h3");

        page.setContent("<html lang='en'><head><title>t</title></head><body><main><h2>Course</h2></main></body></html>");
        AssertionError missing = Assertions.assertThrows(AssertionError.class,
                () -> Accessibility.check(page, "missing-h1"));
        org.assertj.core.api.Assertions.assertThat(missing.getMessage()).contains("0 visible h1");
    }

    @Test
    void theCheckFailsOnAChartWithoutATableBesideIt() {
        page.setContent("<html lang='en'><head><title>t</title></head><body><main><h1>Results</h1>"
                + "<div class='dashboard-section'><img class='chart' alt='Bar chart of the table below' "
                + "src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></div></main></body></html>");
        AssertionError failure = Assertions.assertThrows(AssertionError.class,
                () -> Accessibility.check(page, "chart-without-table"));
        org.assertj.core.api.Assertions.assertThat(failure.getMessage()).contains("has 0 table rows beside it");
    }

    @Test
    void everyViewAStudentUsesPassesWcag21AA() {
        AccessibilityAudit audit = new AccessibilityAudit();
        page.navigate(url("login"));
        page.locator("input[name='username']").waitFor();
        audit.check(page, "login");

        signIn("chen", "colloquy");
        audit.check(page, "course-home");

        page.navigate(url(COURSE));
        page.locator("h1").first().waitFor();
        audit.check(page, "course");

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
                    audit.check(page, "lesson-step-" + kind);
                }
            }
        }

        page.navigate(url(COURSE + "/reading"));
        page.locator("h1").first().waitFor();
        audit.check(page, "reading");

        page.navigate(url("my-work"));
        page.locator("h1").first().waitFor();
        audit.check(page, "my-work");

        page.navigate(url("notices"));
        page.locator("h1").first().waitFor();
        audit.check(page, "notices");
        audit.assertEveryViewPassed();
    }
}
