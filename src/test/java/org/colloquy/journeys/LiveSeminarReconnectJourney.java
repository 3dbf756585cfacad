package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The projector's network drops in the middle of a prompt: its push connection is cut and the browser goes
 * offline while a student answers and the leader moves on. When the network comes back the projector shows the
 * current prompt and its count by itself, with no one touching it.
 */
@TestPropertySource(properties = "colloquy.seminar.push-batch-window=250ms")
class LiveSeminarReconnectJourney extends BrowserJourney {

    private static final LocatorAssertions.HasTextOptions AFTER_RECONNECT =
            new LocatorAssertions.HasTextOptions().setTimeout(45_000);

    /** The projector's network: both ends of its push websockets pass through here, so the test can cut them. */
    private final List<WebSocketRoute> pushSockets = new CopyOnWriteArrayList<>();
    private volatile boolean offline;

    @Test
    void a_projector_that_lost_its_connection_catches_up_with_the_current_prompt_and_count_by_itself() {
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
        projector.routeWebSocket(address -> address.contains("VAADIN/push"), this::throughTheNetwork);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator(".projector-number")).hasText("Question 4 of 6");
        assertThat(projector.locator("#projector-answer-count")).hasText("0 answers");
        projector.waitForCondition(() -> !pushSockets.isEmpty());
        projector.evaluate("() => window.colloquyProjectorNotReloaded = true");

        cutTheNetwork(projector);
        Page phone = newPerson(390, 844);
        signIn(phone, "ana", "colloquy");
        phone.navigate(url("live/" + code));
        phone.locator("#live-answer textarea").fill("Trade came first; trust followed.");
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        page.locator("#prompt-next").click();
        assertThat(page.locator("#presenter-status")).containsText("Prompt 5 of 6");
        assertThat(phone.locator(".audience-where")).containsText("question 5 of 6");
        phone.locator("#live-answer textarea").fill("Both needed the other against the West.");
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        assertThat(page.locator("#answer-count")).hasText("Answers (1)");
        page.waitForTimeout(1_000);
        assertThat(projector.locator(".projector-number")).hasText("Question 4 of 6");
        projector.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("30-projector-offline-behind.png")).setFullPage(true));

        restoreTheNetwork(projector);
        assertThat(projector.locator(".projector-number")).hasText("Question 5 of 6", AFTER_RECONNECT);
        assertThat(projector.locator("#projector-answer-count")).hasText("1 answer", AFTER_RECONNECT);
        projector.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("31-projector-caught-up.png")).setFullPage(true));
        assertThat(projector.evaluate("() => window.colloquyProjectorNotReloaded === true"))
                .as("caught up over its own connection, without reloading the page").isEqualTo(true);

        page.locator("#toggle-reveal").click();
        // after reconnecting the reveal may come by push or by the 5-second catch-up poll, on a loaded machine later
        assertThat(projector.locator("#projector-revealed")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }

    private void throughTheNetwork(WebSocketRoute socket) {
        if (offline) {
            socket.close();
            return;
        }
        pushSockets.add(socket);
        pushSockets.add(socket.connectToServer());
    }

    private void cutTheNetwork(Page projector) {
        offline = true;
        projector.context().setOffline(true);
        pushSockets.forEach(WebSocketRoute::close);
        pushSockets.clear();
    }

    private void restoreTheNetwork(Page projector) {
        offline = false;
        projector.context().setOffline(false);
    }
}
