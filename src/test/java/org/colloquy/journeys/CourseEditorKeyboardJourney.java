package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.PositionStep;
import org.colloquy.studio.StudioContentFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * An instructor drafts a course in the studio and, with the keyboard alone, opens a lesson, rewrites the drafted
 * position claim, moves a step with its button and publishes the course she edited (decision 0041).
 */
@TestPropertySource(properties = AccessibilityAudit.OWN_DATABASE)
@ContextConfiguration(initializers = StudioContentFolder.class)
class CourseEditorKeyboardJourney extends BrowserJourney {

    private static final String CLAIM = "Nations cooperate only when their interests meet.";

    @Autowired
    CourseCatalog catalog;

    @Test
    void anInstructorEditsADraftedCourseAndPublishesItWithTheKeyboardAlone() {
        Keyboard keys = new Keyboard(page);
        signIn("iris", "colloquy");
        page.navigate(url("studio/new"));
        keys.tabTo(page.locator("#essay-text textarea"));
        keys.type("On Timing\n\nNations cooperate when their interests meet. Is that meeting an accident of history?");
        keys.tabTo(page.locator("#import-essay"));
        keys.press("Enter");
        keys.tabTo(page.locator("#find-questions"));
        keys.press("Enter");
        String key = "keyboard-edited-" + System.nanoTime();
        keys.tabTo(page.locator("#course-key input"));
        keys.press("Control+a");
        keys.type(key);
        keys.tabTo(page.locator("#draft-course"));
        keys.press("Enter");
        assertThat(page.locator("#course-editor-status")).hasText("No problems: this course is ready to publish.");

        Locator lesson = page.locator(".edit-lesson .edit-toggle").first();
        keys.tabTo(lesson);
        keys.assertFocusVisible("the first lesson's heading");
        keys.press("Enter");
        assertThat(lesson).hasAttribute("aria-expanded", "true");
        keys.tabTo(page.getByLabel("Claim to agree or disagree with").first());
        keys.assertFocusVisible("the drafted claim");
        keys.press("Control+a");
        keys.press("Delete");
        keys.press("Tab");
        assertThat(page.locator(".edit-lesson vaadin-text-area[invalid]").first())
                .containsText("claim in step \"position-before\" must not be empty");
        keys.shiftTabTo(page.getByLabel("Claim to agree or disagree with").first());
        keys.type(CLAIM);
        keys.press("Tab");
        assertThat(page.locator("#course-editor-status")).hasText("No problems: this course is ready to publish.");

        keys.shiftTabTo(button("Move step 1 down"));
        keys.press("Enter");
        assertThat(page.locator(".edit-step h4").nth(1)).hasText("Step 2 of 5 · Position");
        Assertions.assertThat(keys.hasFocus(button("Move step 2 down")))
                .as("the focus stays on the moved step's button: " + keys.focused()).isTrue();
        keys.assertFocusVisible("the moved step's Move down");
        Accessibility.check(page, "course-editor");
        screenshot("70-course-editor-keyboard");

        keys.shiftTabTo(lesson);
        keys.press("Enter");
        keys.tabTo(page.locator("#publish-draft"));
        keys.assertFocusVisible("Publish");
        keys.press("Enter");
        assertThat(page.locator("#studio-published-message")).containsText(key);
        var published = catalog.course(key).orElseThrow().lessons().getFirst();
        Assertions.assertThat(published.steps().get(0).key()).isEqualTo("read");
        Assertions.assertThat(((PositionStep) published.steps().get(1)).claim().plainText()).isEqualTo(CLAIM);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
