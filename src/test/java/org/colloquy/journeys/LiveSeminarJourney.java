package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import java.util.regex.Pattern;

/**
 * The demo leader runs a live prompt with the projector and a student's phone in their own browsers. The console
 * and the projector change without anyone touching them: server push, switched on by the live views alone
 * (there is no {@code @Push} on the app shell, docs/decisions/0008). Updates are batched as in production, so
 * they reach the views from the broadcaster's own thread, not from the request that caused them.
 */
@TestPropertySource(properties = "colloquy.seminar.push-batch-window=250ms")
class LiveSeminarJourney extends BrowserJourney {

    private static final String ANSWER = "Trade came first; trust followed the trade.";

    @Test
    void leader_reveals_an_approved_answer_on_the_projector_and_the_phone_follows_her_pace() {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        for (int prompt = 2; prompt <= 4; prompt++) {
            page.locator("#prompt-next").click();
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        String code = page.locator("#presenter-join-code").textContent();

        Page projector = newPerson(1280, 720);
        List<String> projectorSockets = new CopyOnWriteArrayList<>();
        projector.onWebSocket(socket -> projectorSockets.add(socket.url()));
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-join-code")).hasText(code);
        assertThat(projector.locator("#projector-answer-count")).hasText("0 answers");

        Page phone = newPerson(390, 844);
        signIn(phone, "ana", "colloquy");
        phone.navigate(url("live"));
        phone.locator("#live-code input").fill(code.toLowerCase());
        phone.locator("#live-join").click();
        phone.locator("#live-answer textarea").fill(ANSWER);
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");

        assertThat(page.locator("#answer-count")).hasText("Answers (1)");
        assertThat(page.locator(".live-answer")).containsText("Ana Petrova");
        assertThat(projector.locator("#projector-answer-count")).hasText("1 answer");
        assertThat(projector.locator("body")).not().containsText(ANSWER);
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("20-projector-before-reveal.png")).setFullPage(true));

        page.locator("[id^='approve-']:visible").click();
        assertThat(page.locator(".answer-approval")).hasText("Approved");
        assertThat(projector.locator("body")).not().containsText(ANSWER);
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".projector-answer")).hasText(ANSWER);
        assertThat(projector.locator("body")).not().containsText("Ana Petrova");
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("21-projector-after-reveal.png")).setFullPage(true));
        screenshot("22-presenter-console");

        page.locator("#prompt-next").click();
        assertThat(phone.locator(".audience-where")).containsText("question 5 of 6");
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("23-audience-phone.png")).setFullPage(true));
        assertThat(projectorSockets).anyMatch(socketUrl -> socketUrl.contains("VAADIN/push"));
    }

    @Test
    void a_room_with_a_guest_sees_the_qr_code_a_word_cloud_a_spotlight_and_before_after_charts() {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        String code = page.locator("#presenter-join-code").textContent();
        page.locator("#allow-guests").click();
        assertThat(page.locator("#guest-count")).hasText("0 guests joined");

        Page projector = newPerson(1920, 1080);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-qr")).isVisible();
        assertThat(projector.locator("#projector-join-url")).hasText(url("live/" + code).replaceFirst("^http://", ""));
        projectorShot(projector, "29-projector-question-with-qr");

        Page ana = newPerson(390, 844);
        signIn(ana, "ana", "colloquy");
        ana.navigate(url("live/" + code));
        Page ben = newPerson(390, 844);
        signIn(ben, "ben", "colloquy");
        ben.navigate(url("live/" + code));
        Page guest = newPerson(390, 844);
        guest.navigate(url("live/" + code));
        guest.locator("#guest-name input").fill("Mira");
        guest.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("30-guest-joins-by-name.png")));
        guest.locator("#guest-join").click();
        assertThat(page.locator("#guest-count")).hasText("1 guest joined");

        choose(ana, 1);
        choose(ben, 1);
        choose(guest, 2);
        page.locator("#prompt-next").click();
        assertThat(page.locator("#presenter-status")).containsText("Prompt 2 of 6");
        onQuestion(2, ana, ben, guest);
        choose(ana, 1);
        choose(ben, 1);
        choose(guest, 0);
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".chart-legend li").first()).isVisible();
        projectorShot(projector, "31-projector-poll-revealed");
        for (int prompt = 3; prompt <= 4; prompt++) {
            page.locator("#prompt-next").click();
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        onQuestion(4, ana, ben, guest);
        write(ana, "Energy trade built trust step by step, and energy keeps the partnership steady.");
        write(ben, "Shared energy projects and trade in national currencies.");
        write(guest, "Trade first; trust and strategic partnership came after the energy deals.");
        assertThat(page.locator("#answer-count")).hasText("Answers (3)");
        assertThat(page.locator(".live-answer")).containsText(new String[] {"Mira (guest)"});
        page.locator("#timer-60").click();
        assertThat(projector.locator("#projector-countdown")).containsText("0:5");
        projectorShot(projector, "32-projector-before-reveal");
        assertThat(projector.locator("body")).not().containsText("partnership");

        page.locator("[id^='approve-']:visible").first().click();
        assertThat(page.locator("[id^='approve-']:visible")).hasCount(2);
        page.locator("[id^='approve-']:visible").first().click();
        assertThat(page.locator("[id^='approve-']:visible")).hasCount(1);
        page.locator("[id^='approve-']:visible").first().click();
        assertThat(page.locator("[id^='approve-']:visible")).hasCount(0);
        page.locator("[id^='star-']").first().click();
        assertThat(page.locator(".live-answer.starred")).hasCount(1);
        page.locator("#reveal-word-cloud").click();
        assertThat(projector.locator("#word-cloud .cloud-size-5")).hasText(Pattern.compile("^energy, [0-9]+ times$"));
        projectorShot(projector, "33-projector-word-cloud");
        projector.setViewportSize(1280, 720);
        projectorShot(projector, "34-projector-word-cloud-720p");
        projector.setViewportSize(1920, 1080);
        screenshot("35-presenter-console-room-controls");

        page.locator("[id^='spotlight-']:visible").first().click();
        assertThat(projector.locator("#projector-spotlight-text")).containsText("Energy trade built trust");
        projectorShot(projector, "36-projector-spotlight");
        page.locator("#clear-spotlight").click();
        assertThat(projector.locator("#projector-spotlight")).hasCount(0);

        page.locator("#prompt-next").click();
        page.locator("#prompt-next").click();
        assertThat(page.locator("#presenter-status")).containsText("Prompt 6 of 6");
        onQuestion(6, ana, ben, guest);
        choose(ana, 3);
        choose(ben, 4);
        choose(guest, 3);
        assertThat(guest.context().cookies()).as("the guest's phone keeps its token beyond the browser session")
                .anyMatch(cookie -> cookie.name.equals("colloquy-guest-" + code) && cookie.expires > 0);
        assertThat(guest.context().cookies()).as("no script in the page can read the guest's token")
                .filteredOn(cookie -> cookie.name.equals("colloquy-guest-" + code)).singleElement()
                .satisfies(cookie -> {
                    assertThat(cookie.httpOnly).as("HttpOnly").isTrue();
                    assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.STRICT);
                });
        assertThat((String) guest.evaluate("() => document.cookie")).doesNotContain("colloquy-guest-");
        guest.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        guest.reload();
        assertThat(guest.locator("#live-status")).containsText("Received");
        assertThat(guest.locator("#live-choice vaadin-radio-button[checked]")).containsText("Agree");
        page.locator("#toggle-reveal").click();
        assertThat(projector.locator("#projector-before-after .distribution-chart")).isVisible();
        projectorShot(projector, "37-projector-before-after");
        projector.setViewportSize(1280, 720);
        projectorShot(projector, "38-projector-before-after-720p");
        guest.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("39-guest-phone-after-reload.png")));
    }

    private static void onQuestion(int number, Page... phones) {
        for (Page phone : phones) {
            assertThat(phone.locator(".audience-where")).containsText("question " + number + " of 6");
        }
    }

    private static void projectorShot(Page projector, String name) {
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
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
