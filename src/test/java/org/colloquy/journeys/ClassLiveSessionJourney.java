package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo instructor runs a live session for her class from prompts she picked: she brings an answer she starred
 * in review onto the projector without its author, lets in a guest whose phone was already waiting, puts the class's
 * argument map on screen while a student adds a reason, and afterwards finds the session's answers on the class
 * dashboard, the guest's marked as a guest's.
 */
@TestPropertySource(properties = "colloquy.seminar.push-batch-window=250ms")
class ClassLiveSessionJourney extends BrowserJourney {

    private static final String LIVE_ANSWER = "The state leads, the market follows: that is the balance.";
    private static final String GUEST = "Mira Visitor";
    private static final String GUEST_ANSWER = "A visitor's view: balance means reform at a pace people accept.";
    private static final String NEW_REASON = "Shared history is more than expediency, as paragraph 6 argues.";

    @Autowired
    TestAccounts accounts;
    @Autowired
    ArgumentMapService maps;

    @AfterEach
    void signOutOfTheTestThread() {
        accounts.signOut();
    }

    @Test
    void instructor_runs_a_class_session_with_starred_work_and_the_class_map_then_reads_it_on_the_dashboard() {
        signIn("iris", "colloquy");
        page.locator(".main-nav a", new Page.LocatorOptions().setHasText("My classes")).click();
        page.locator(".cohort-link", new Page.LocatorOptions().setHasText("Demo seminar")).click();
        assertThat(page.locator("h1")).hasText("Demo seminar");
        String dashboard = page.url();
        page.locator("#tab-prompts").click();
        page.locator("a[href$='/review/three-stages/respond-balance']").click();
        assertThat(page.locator("#review-list")).containsText("Ana Petrova");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ana Petrova")).click();
        assertThat(page.locator("#review-answer-text")).not().isEmpty();
        screenshot("29-review-before-star");
        Locator star = page.locator("#star-response");
        assertThat(star).containsText("Star");
        if (star.textContent().startsWith("☆")) {
            star.click();
        }
        assertThat(star).containsText("★");

        page.navigate(url("seminar"));
        page.locator("#seminar-mode vaadin-radio-button", new Page.LocatorOptions().setHasText("Prompts I pick")).click();
        pickPrompt("L1.4 ·");
        pickPrompt("L2.1 ·");
        assertThat(page.locator(".picked-prompt")).hasCount(2);
        screenshot("30-start-with-picked-prompts");
        page.setViewportSize(390, 844);
        screenshot("30b-start-on-a-phone");
        page.setViewportSize(1280, 900);
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        assertThat(page.locator("#class-roster")).containsText("students of Demo seminar have answered");
        String code = page.locator("#presenter-join-code").textContent();

        Page projector = newPerson(1280, 720);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-join-code")).hasText(code);

        Page phone = newPerson(390, 844);
        signIn(phone, "ben", "colloquy");
        phone.navigate(url("live/" + code));
        phone.locator("#live-answer textarea").fill(LIVE_ANSWER);
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        assertThat(page.locator("#class-roster")).containsText("1 of 3 students of Demo seminar have answered");

        Page guestPhone = newPerson(390, 844);
        guestPhone.navigate(url("live/" + code));
        assertThat(guestPhone.locator("#live-message")).containsText("signed-in students only");
        page.locator("#allow-guests").click();
        assertThat(guestPhone.locator("#guest-name")).isVisible();
        guestPhone.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("30c-guest-asked-for-her-name-once-guests-are-allowed.png")));
        guestPhone.locator("#guest-name input").fill(GUEST);
        guestPhone.locator("#guest-join").click();
        guestPhone.locator("#live-answer textarea").fill(GUEST_ANSWER);
        guestPhone.locator("#live-send").click();
        assertThat(guestPhone.locator("#live-status")).containsText("Received");

        page.locator("[id^='bring-in-']").first().click();
        assertThat(projector.locator("#projector-starred")).containsText("Paragraph 3 says the third stage");
        assertThat(projector.locator("body")).not().containsText("Ana Petrova");
        projector.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("31-projector-starred-answer.png")).setFullPage(true));
        screenshot("32-presenter-class-panel");

        page.locator("#toggle-class-map").click();
        assertThat(projector.locator("#projector-class-map")).containsText("The class's argument map");
        addReasonAs("chen", Side.FOR, NEW_REASON);
        addReasonAs("ana", Side.AGAINST, "Paragraph 9 says success depends on the way to cooperate, not on deep foundations.");
        assertThat(projector.locator("#projector-class-map")).containsText(NEW_REASON);
        assertThat(projector.locator("body")).not().containsText("Chen");
        projector.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("33-projector-class-map.png")));
        assertThat(page.locator("#class-map-preview")).containsText(NEW_REASON);

        page.navigate(dashboard);
        page.locator("#tab-live").click();
        Locator live = page.locator("#live-sessions");
        assertThat(live).containsText("running now");
        assertThat(live).containsText("2 answers from 2 people · 1 of 2 prompts answered");
        live.scrollIntoViewIfNeeded();
        live.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("34-dashboard-live-sessions.png")));
        live.locator("a").first().click();
        assertThat(page.locator("#live-results-prompts")).containsText(LIVE_ANSWER);
        assertThat(page.locator("#live-results-students")).containsText("Ben");
        assertThat(page.locator("#live-results-prompts")).containsText(GUEST + " (guest): " + GUEST_ANSWER);
        assertThat(page.locator("#live-results-students")).containsText(GUEST + " (guest)");
        screenshot("35-live-session-results");
        page.setViewportSize(390, 844);
        screenshot("35b-live-session-results-on-a-phone");
    }

    /** Types the start of a prompt's label into the picker and takes the first match. */
    private void pickPrompt(String labelStart) {
        page.locator("#seminar-add-prompt input").fill(labelStart);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(labelStart)).first().click();
    }

    /** A student adds a reason to the class map the way her lesson view does, through the service. */
    private void addReasonAs(String username, Side side, String reason) {
        accounts.signIn(new UserRef(0, username, username, Set.of(Role.STUDENT)));
        maps.addReason("sino-russian-relations", "expediency-and-order/argue-not-expediency", side, reason,
                List.of(side == Side.FOR ? "p6" : "p9"));
        accounts.signOut();
    }
}
