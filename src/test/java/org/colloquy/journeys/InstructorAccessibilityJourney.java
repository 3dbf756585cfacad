package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.StudentLessonService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * WCAG 2.1 A/AA checks (axe-core) on every view an instructor and an admin use, with a class discussion that has
 * posts and an argument map that has reasons, so the checks see these views filled in.
 */
@TestPropertySource(properties = {AccessibilityAudit.OWN_DATABASE, AccessibilityAudit.QUICK_PUSH})
class InstructorAccessibilityJourney extends BrowserJourney {

    private static final String COURSE = "sino-russian-relations";
    private static final String DISCUSS = "three-stages/discuss-parallel";
    private static final String ARGUE = "expediency-and-order/argue-not-expediency";

    @Autowired
    TestAccounts accounts;
    @Autowired
    AnswerService answers;
    @Autowired
    StudentLessonService lessons;
    @Autowired
    ArgumentMapService maps;

    @AfterEach
    void signOutOfTheTestThread() {
        accounts.signOut();
    }

    @Test
    void everyViewAnInstructorAndAnAdminUsePassesWcag21AA() {
        post("ana", "The parallel holds in outline: both states moved from copying others to a path of their own [¶2].");
        post("ben", "Russia's 1990s were a collapse while China's were a boom, so the parallel breaks there.");
        reason("chen", Side.FOR, "Both states share long civilisations and similar hardships, says the essay.");
        reason("ana", Side.AGAINST, "Paragraph 9 says success depends on the way they cooperate.");
        AccessibilityAudit audit = new AccessibilityAudit();

        signIn("ana", "colloquy");
        page.navigate(url("course/" + COURSE + "/discussion/" + DISCUSS));
        assertThat(page.locator(".discussion-post")).hasCount(2);
        audit.check(page, "discussion-with-posts");
        page.locator("#sign-out").click();
        page.waitForURL("**/login**");

        signIn("iris", "colloquy");
        page.navigate(url("classes"));
        page.locator(".cohort-link").first().waitFor();
        audit.check(page, "classes");

        page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        assertThat(page.locator("#progress-matrix")).containsText("Ana Petrova");
        String cohort = page.url().replaceFirst(".*/classes/", "").replaceFirst("[/?#].*", "");
        audit.check(page, "class-overview");
        for (String tab : List.of("prompts", "attention", "live", "people", "export")) {
            page.locator("#tab-" + tab).click();
            assertThat(page.locator("#tab-" + tab)).hasAttribute("selected", "");
            audit.check(page, "class-overview-" + tab);
        }

        page.navigate(url("classes/" + cohort + "/lessons/three-stages"));
        assertThat(page.locator(".data-table").first()).isVisible();
        audit.check(page, "lesson-results");

        page.navigate(url("classes/" + cohort + "/passages"));
        page.locator(".engagement-counts").first().waitFor();
        audit.check(page, "passage-engagement");

        page.navigate(url("classes/" + cohort + "/review/three-stages/respond-balance"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ana Petrova")).click();
        assertThat(page.locator("#review-answer-text")).not().isEmpty();
        audit.check(page, "review-queue");

        page.navigate(url("classes/" + cohort + "/gradebook"));
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ana Petrova")).first().waitFor();
        audit.check(page, "gradebook");
        page.locator("#gradebook-anonymous").click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Student 1")).first().waitFor();
        audit.check(page, "gradebook-anonymous");

        page.navigate(url("classes/" + cohort + "/discussion/" + DISCUSS));
        assertThat(page.locator(".discussion-post")).hasCount(2);
        audit.check(page, "class-discussion-moderation");

        page.navigate(url("classes/" + cohort + "/map/" + ARGUE));
        assertThat(page.locator(".argument-map")).containsText("long civilisations");
        audit.check(page, "argument-map");

        page.navigate(url("course/" + COURSE + "/reading?heatmap=" + cohort));
        page.locator(".heat-count").first().waitFor();
        audit.check(page, "reading-heat-map");

        page.navigate(url("seminar"));
        page.locator("#start-seminar").waitFor();
        audit.check(page, "seminar-start");
        page.locator("#sign-out").click();
        page.waitForURL("**/login**");

        signIn("admin", "colloquy");
        page.navigate(url("admin/data-export"));
        page.locator("h1").first().waitFor();
        audit.check(page, "admin-data-export");
        page.navigate(url("admin/backup"));
        page.locator("h1").first().waitFor();
        audit.check(page, "admin-backup");

        audit.assertEveryViewPassed();
    }

    private void post(String student, String text) {
        accounts.signIn(new UserRef(0, student, student, Set.of(Role.STUDENT)));
        lessons.open(COURSE, "three-stages");
        answers.submit(COURSE, DISCUSS, text, null, AnswerSnapshot.NONE_SAVED);
        accounts.signOut();
    }

    private void reason(String student, Side side, String text) {
        accounts.signIn(new UserRef(0, student, student, Set.of(Role.STUDENT)));
        maps.addReason(COURSE, ARGUE, side, text, List.of(side == Side.FOR ? "p6" : "p9"));
        accounts.signOut();
    }
}
