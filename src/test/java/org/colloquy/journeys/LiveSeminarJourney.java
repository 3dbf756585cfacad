package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

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

        page.locator("[id^='approve-']").click();
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
}
