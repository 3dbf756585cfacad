package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.assertj.core.api.Assertions;

/**
 * A student, an instructor and a seminar leader do their main task with the keyboard alone: no click, no mouse.
 * Along the way the focus is always visible where it is looked at, the skip link leads into the page, and the
 * position scale and the checks are radio groups a screen reader announces with their question and state.
 */
@TestPropertySource(properties = {AccessibilityAudit.OWN_DATABASE, AccessibilityAudit.QUICK_PUSH})
class KeyboardOnlyJourney extends BrowserJourney {

    private static final String LESSON = "course/sino-russian-relations/lesson/three-stages";
    private static final String PARAGRAPH = "Paragraph 3 asks both countries to ensure the state's strong role while "
            + "giving full play to market-based regulation. The tension lies between a state that keeps control of "
            + "energy and banks and a market that is allowed to set prices. The essay's own examples, crisis reform in "
            + "Russia and decentralisation in China, suggest the balance is an aim rather than a practice, because the "
            + "same elites would have to give up control they won in the second stage. I think it can be resolved "
            + "only slowly, sector by sector, and only while growth lasts.";

    @Autowired
    TestAccounts accounts;

    @Test
    void aStudentCompletesALessonWithTheKeyboardAlone() {
        UserRef student = accounts.create("Kim", Role.STUDENT);
        Keyboard keys = new Keyboard(page);
        signInByKeyboard(keys, student.username(), "test-password");
        page.navigate(url(LESSON));
        assertThat(page.locator(".step-counter")).containsText("Step 1 of 8");

        keys.press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        keys.assertFocusVisible("the skip link");
        keys.press("Enter");
        keys.press("Tab");
        assertThat(page).hasURL(url(LESSON));
        Assertions.assertThat(keys.hasFocus(page.locator("#main-content")))
                .as("after the skip link, Tab goes on inside the page's main region, not the top bar: " + keys.focused())
                .isTrue();

        Locator scale = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("How far do you agree?"));
        keys.tabTo(scale);
        keys.assertFocusVisible("the position scale");
        keys.press("ArrowDown");
        keys.press("ArrowDown");
        keys.press("ArrowDown");
        assertThat(scale.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Agree").setExact(true)))
                .isChecked();
        assertThat(scale.getByRole(AriaRole.RADIO)).hasCount(5);
        keys.press("Tab");
        keys.type("The paths look alike in outline.");
        keys.tabTo(page.locator(".position-step vaadin-button"));
        keys.press("Enter");
        assertThat(page.locator(".position-step .submission-state")).containsText("Saved");

        next(keys, 2);
        next(keys, 3);
        answerCheck(keys);
        next(keys, 4);
        next(keys, 5);
        answerCheck(keys);
        next(keys, 6);
        writeAndSubmit(keys, "The third stage must " + PARAGRAPH);
        next(keys, 7);
        writeAndSubmit(keys, "The parallel holds for the 2000s. " + PARAGRAPH);
        next(keys, 8);

        Locator scaleNow = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("How far do you agree?"));
        keys.shiftTabTo(scaleNow);
        keys.press("Space");
        assertThat(scaleNow.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Strongly agree")))
                .isChecked();
        keys.press("Tab");
        keys.type("The dates in paragraph 2 do not fit Russia.");
        keys.tabTo(page.locator(".position-step vaadin-button"));
        keys.press("Enter");
        assertThat(page.locator(".position-step .submission-state")).containsText("Saved");
        keys.tabTo(page.locator("#step-next"));
        assertThat(page.locator("#step-next")).hasText("Finish lesson");
        keys.press("Enter");
        assertThat(page.locator(".step-counter")).hasText("Lesson complete");
        assertThat(page.locator(".shift-summary")).isVisible();
        assertThat(page.locator(".lesson-summary h2")).isFocused();
        keys.tabTo(page.locator(".lesson-summary a", new Page.LocatorOptions().setHasText("See all your work")));
        keys.assertFocusVisible("the summary's link");
        screenshot("60-keyboard-lesson-complete");
    }

    @Test
    void anInstructorGradesAResponseWithTheKeyboardAlone() {
        Keyboard keys = new Keyboard(page);
        signInByKeyboard(keys, "iris", "colloquy");
        page.navigate(url("classes"));
        keys.tabTo(page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")));
        keys.assertFocusVisible("a class on My classes");
        keys.press("Enter");
        assertThat(page.locator("h1")).hasText("Demo seminar");
        // the queue's link sits in a grid cell, which the grid's own keys reach (Enter on the cell, then Tab);
        // here the instructor types the queue's address instead
        page.navigate(page.url() + "/review/three-stages/respond-balance");

        Locator queue = page.locator("#review-list");
        keys.tabTo(queue);
        keys.press("Tab"); // from the grid's header row into its rows
        keys.assertFocusVisible("a row of the grading queue");
        keys.press("Space");
        assertThat(page.locator("#review-answer-text")).not().isEmpty();

        keys.tabTo(page.locator(".feedback-form vaadin-text-area"));
        keys.assertFocusVisible("the feedback field");
        keys.type("Clear thesis. Quote paragraph 3 once more.");
        Locator criteria = page.locator("vaadin-radio-group.rubric-criterion");
        for (int i = 0; i < criteria.count(); i++) {
            keys.tabTo(criteria.nth(i));
            keys.press("Space");
            assertThat(criteria.nth(i).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(true)))
                    .hasCount(1);
        }
        keys.tabTo(page.locator("#save-feedback"));
        keys.assertFocusVisible("Save feedback");
        keys.press("Enter");
        assertThat(page.locator(".feedback-form .submission-state")).containsText("draft");
        keys.shiftTabTo(page.locator("#release-prompt"));
        keys.press("Enter");
        assertThat(page.locator(".queue-count")).containsText("Feedback released to 1 student");
        screenshot("61-keyboard-grading");
    }

    @Test
    void aLeaderRunsAPromptWithTheKeyboardAlone() {
        Keyboard keys = new Keyboard(page);
        signInByKeyboard(keys, "iris", "colloquy");
        page.navigate(url("seminar"));
        keys.tabTo(page.locator("#start-seminar"));
        keys.assertFocusVisible("Start live session");
        keys.press("Enter");
        page.waitForURL("**/present");
        String code = page.locator("#presenter-join-code").textContent();

        Page projector = newPerson(1920, 1080);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        Page phone = newPerson(390, 844);
        signIn(phone, "chen", "colloquy");
        phone.navigate(url("live/" + code));

        keys.tabTo(page.locator("#prompt-next"));
        keys.assertFocusVisible("the console's Next");
        for (int prompt = 2; prompt <= 4; prompt++) {
            keys.press("Enter");
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        keys.tabTo(page.locator("#toggle-open"));
        keys.press("Enter");
        assertThat(page.locator("#toggle-open")).hasText("Reopen answers");
        keys.press("Enter");
        assertThat(page.locator("#toggle-open")).hasText("Close answers");

        phone.locator("#live-answer textarea").fill("Energy trade came first; trust followed.");
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        Locator approve = page.locator("[id^='approve-']:visible");
        keys.tabTo(approve);
        keys.assertFocusVisible("Approve");
        keys.press("Enter");
        assertThat(page.locator(".answer-approval")).hasText("Approved");
        keys.shiftTabTo(page.locator("#toggle-reveal"));
        keys.press("Enter");
        assertThat(projector.locator(".projector-answer")).hasText("Energy trade came first; trust followed.");
        keys.shiftTabTo(page.locator("#prompt-next"));
        keys.press("Enter");
        assertThat(page.locator("#presenter-status")).containsText("Prompt 5 of 6");
        assertThat(phone.locator(".audience-where")).containsText("question 5 of 6");
        screenshot("62-keyboard-presenter");
    }

    private void signInByKeyboard(Keyboard keys, String username, String password) {
        page.navigate(url("login"));
        keys.tabTo(page.locator("input[name='username']"));
        keys.type(username);
        keys.press("Tab");
        keys.type(password);
        keys.press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
        page.locator("h1").first().waitFor();
    }

    /** From wherever the focus is in the step, on to the Next button and the next step. */
    private void next(Keyboard keys, int step) {
        keys.tabTo(page.locator("#step-next"));
        keys.press("Enter");
        assertThat(page.locator(".step-counter")).containsText("Step " + step + " of 8");
        assertThat(page.locator(".step-counter")).hasAttribute("aria-live", "polite");
    }

    /** Back up into the check's options, pick the second, and ask for feedback, which is read out politely. */
    private void answerCheck(Keyboard keys) {
        Locator options = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Choose one answer"));
        keys.shiftTabTo(options);
        keys.assertFocusVisible("a check's options");
        keys.press("Space");
        assertThat(options.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(true))).hasCount(1);
        keys.tabTo(page.locator(".check-step vaadin-button"));
        keys.press("Enter");
        assertThat(page.locator(".check-feedback")).not().isEmpty();
        assertThat(page.locator(".check-feedback")).hasAttribute("aria-live", "polite");
    }

    private void writeAndSubmit(Keyboard keys, String text) {
        Locator editor = page.locator(".draft-editor textarea");
        keys.shiftTabTo(editor);
        keys.assertFocusVisible("the answer field");
        keys.type(text);
        keys.tabTo(page.locator("#submit-answer"));
        keys.press("Enter");
        assertThat(page.locator(".submission-state")).containsText("Submitted");
    }
}
