package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;

/** A demo student works through lesson 1 in a real browser, and nothing she types is lost. */
class StudentLessonJourney extends BrowserJourney {

    private static final String LESSON = "course/sino-russian-relations/lesson/three-stages";

    @Test
    void student_drafts_an_answer_reloads_submits_and_finds_it_in_my_work() {
        signIn("ana", "colloquy");
        page.getByText("Open the course").click();
        page.locator("#lesson-three-stages a").click();
        assertThat(page.locator(".step-counter")).containsText("of 8");
        screenshot("01-lesson-first-step");

        goToRespondStep();
        String answer = "balance a strong state with a bigger role for the market. Paragraph 3 asks both countries to "
                + "\"ensure the state's strong role\" while giving \"full play to the role of market-based regulation\", "
                + "and to improve democratic decision-making without losing stability. I think the two goals pull "
                + "against each other: the second stage made the state-owned economy stronger, so the same elites "
                + "would have to give up control. The essay's own examples, crisis reform in Russia and decentralisation "
                + "in China, show that the balance is an aim, not yet a practice.";
        editor().pressSequentially("The third stage must ", new Locator.PressSequentiallyOptions().setDelay(5));
        editor().fill("The third stage must " + answer);
        editor().blur();
        assertThat(page.locator(".save-state")).containsText("Saved");
        screenshot("02-draft-saved");
        page.evaluate("window.scrollTo(0, 0)");
        screenshotOfWindow("readme-lesson-player");

        page.reload();
        assertThat(page.locator(".step-counter")).containsText("Respond");
        assertThat(editor()).hasValue("The third stage must " + answer);

        page.locator("#submit-answer").click();
        assertThat(page.locator(".submission-state")).containsText("Submitted");
        screenshot("03-submitted");

        page.navigate(url("my-work"));
        assertThat(page.locator(".work-body", new Page.LocatorOptions()
                .setHasText("The third stage must balance"))).isVisible();
        screenshot("04-my-work");
        Download download = page.waitForDownload(() -> page.locator("#download-my-work").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("my-work-sino-russian-relations.md");
        Assertions.assertThat(readString(download.path()))
                .startsWith("# My work: ").contains("The third stage must " + answer);

        page.setViewportSize(390, 844);
        page.navigate(url(LESSON));
        assertThat(page.locator(".passage-panel")).isVisible();
        screenshot("08-lesson-on-a-phone");
    }

    @Test
    void text_typed_just_before_the_tab_was_closed_is_restored_when_the_lesson_is_opened_again() {
        signIn("ana", "colloquy");
        page.navigate(url("course/sino-russian-relations/lesson/international-milieu"));
        goToRespondStep();
        editor().pressSequentially("Closing the lid mid-sentence", new Locator.PressSequentiallyOptions().setDelay(5));
        page.close();

        page = context.newPage();
        page.navigate(url("course/sino-russian-relations/lesson/international-milieu"));
        assertThat(editor()).hasValue("Closing the lid mid-sentence");
        assertThat(page.locator(".save-state")).containsText("Saved");
        page.reload();
        assertThat(editor()).hasValue("Closing the lid mid-sentence");
    }

    @Test
    void text_typed_while_offline_says_it_is_not_saved_and_is_saved_when_the_connection_returns() {
        signIn("chen", "colloquy");
        page.navigate(url(LESSON));
        goToRespondStep();
        assertThat(page.locator(".save-state")).isVisible();

        context.setOffline(true);
        editor().pressSequentially("Typed on a train with no signal.", new Locator.PressSequentiallyOptions().setDelay(5));
        editor().blur();
        assertThat(page.locator(".save-pending")).containsText("Not saved",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(editor()).hasValue("Typed on a train with no signal.");
        assertThat(page.locator("vaadin-connection-indicator")).containsText("kept on this device",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        screenshot("07-offline-not-saved");

        context.setOffline(false);
        assertThat(page.locator(".save-state")).containsText("Saved",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator(".save-pending")).isHidden();

        page.reload();
        assertThat(editor()).hasValue("Typed on a train with no signal.");
    }

    @Test
    void a_draft_typed_after_the_session_expired_is_there_after_signing_in_again() {
        signIn("ben", "colloquy");
        page.navigate(url(LESSON));
        goToRespondStep();
        editor().fill("Saved before expiry.");
        editor().blur();
        assertThat(page.locator(".save-state")).containsText("Saved");

        expireTheSession();
        editor().pressSequentially(" Typed after expiry.", new Locator.PressSequentiallyOptions().setDelay(10));
        editor().blur();
        assertThat(page.getByText("Your session has ended")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        screenshot("05-session-expired");
        page.keyboard().press("Escape");
        assertThat(page.locator(".unsaved-notice")).isVisible();
        screenshot("05b-sign-in-again-with-unsaved-text");

        signIn("ben", "colloquy");
        page.navigate(url(LESSON));
        assertThat(editor()).hasValue("Saved before expiry. Typed after expiry.");
        assertThat(page.locator(".save-state")).containsText("Saved");
        screenshot("06-draft-restored-after-sign-in");
    }

    /** What the browser sees when the server forgot its session: a session cookie the server no longer knows. */
    private void expireTheSession() {
        context.clearCookies();
        context.addCookies(List.of(new Cookie("JSESSIONID", "expired-session")
                .setDomain("localhost").setPath("/")));
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Locator editor() {
        return page.locator(".draft-editor textarea");
    }

    private void goToRespondStep() {
        page.locator(".step-indicator button[aria-label*='Respond']").first().click();
        assertThat(page.locator(".step-counter")).containsText(Pattern.compile("Respond"));
    }
}
