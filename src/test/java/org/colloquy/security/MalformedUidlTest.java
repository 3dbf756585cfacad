package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hand-made Vaadin requests that no honest browser sends: each is refused or ignored without a server error or
 * a stack trace, and without effect. The effect watched is the "Sign out" button: a click that got through would
 * end the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:malformed-uidl;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class MalformedUidlTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private WebVisitor browser;
    private UidlTab tab;
    private int signOut;

    @BeforeEach
    void aSignedInStudentOnHerWork() throws Exception {
        UserRef student = accounts.create("uidl", Role.STUDENT);
        browser = new WebVisitor(port);
        browser.signIn(student.username(), "test-password");
        tab = new UidlTab(browser);
        tab.open("my-work");
        signOut = tab.nodeWithId("sign-out");
    }

    @Test
    void theHonestClickSignsOutSoTheOtherTestsWatchARealEffect() throws Exception {
        assertHarmless(tab.send(tab.click(signOut)));
        assertThat(signedIn()).isFalse();
    }

    @Test
    void aClickWithAForgedCsrfTokenDoesNothing() throws Exception {
        ObjectNode forged = tab.click(signOut).put("csrfToken", "00000000-0000-0000-0000-000000000000");

        assertHarmless(tab.send(forged));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aClickWithoutACsrfTokenDoesNothing() throws Exception {
        ObjectNode withoutToken = tab.click(signOut);
        withoutToken.remove("csrfToken");

        assertHarmless(tab.send(withoutToken));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aReplayedMessageIsAnsweredFromMemoryAndNotRunAgain() throws Exception {
        ObjectNode harmless = tab.click(999_999);
        assertHarmless(tab.send(harmless));
        ObjectNode replayWithAnotherClick = tab.click(signOut)
                .put("syncId", harmless.path("syncId").asInt())
                .put("clientId", harmless.path("clientId").asInt());

        assertHarmless(tab.send(replayWithAnotherClick));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aMessageFromTheFutureIsNotRun() throws Exception {
        ObjectNode skipsAhead = tab.click(signOut);
        skipsAhead.put("clientId", skipsAhead.path("clientId").asInt() + 7);

        assertHarmless(tab.send(skipsAhead));
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aClickOnANodeThatDoesNotExistIsIgnoredAndTheTabKeepsWorking() throws Exception {
        assertHarmless(tab.send(tab.click(987_654)));
        assertHarmless(tab.send(tab.click(-1)));
        assertThat(signedIn()).isTrue();

        assertHarmless(tab.send(tab.click(signOut)));
        assertThat(signedIn()).as("the honest click after the bad ones still works").isFalse();
    }

    @Test
    void aMessageForAnotherUiIdDoesNothing() throws Exception {
        HttpResponse<String> response = browser.postJson("?v-r=uidl&v-uiId=42",
                UidlTab.JSON.writeValueAsString(tab.click(signOut)));

        assertHarmless(response);
        assertThat(signedIn()).isTrue();
    }

    @Test
    void garbageInsteadOfJsonIsRefusedWithoutAServerError() throws Exception {
        for (String body : new String[] {"{not json", "", "[]", "null", "{\"rpc\":\"nope\"}",
                "{\"csrfToken\":1,\"rpc\":[{\"type\":\"event\",\"node\":\"x\"}],\"syncId\":\"a\",\"clientId\":{}}",
                "{\"rpc\":[{\"type\":\"no-such-type\",\"node\":1}],\"syncId\":0,\"clientId\":0}"}) {
            assertHarmless(tab.sendRaw(body), body);
        }
        assertThat(signedIn()).isTrue();
    }

    @Test
    void anOversizedMessageIsRefusedBeforeItIsRead() throws Exception {
        ObjectNode huge = tab.click(signOut);
        huge.withArray("rpc").get(0).path("data");
        ((ObjectNode) huge.withArray("rpc").get(0).path("data")).put("padding", "x".repeat(16 * 1024 * 1024));

        HttpResponse<String> response = tab.send(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertHarmless(response);
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aLongAnswerWithinTheLimitStillArrives() throws Exception {
        ObjectNode large = tab.click(987_654);
        ((ObjectNode) large.withArray("rpc").get(0).path("data")).put("text", "答".repeat(1_000_000));

        HttpResponse<String> response = tab.send(large);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private boolean signedIn() throws Exception {
        return browser.get("my-work").statusCode() == 200;
    }

    private static void assertHarmless(HttpResponse<String> response) {
        assertHarmless(response, "");
    }

    private static void assertHarmless(HttpResponse<String> response, String sent) {
        assertThat(response.statusCode()).as("status for " + sent).isLessThan(500);
        assertThat(response.body()).as("answer to " + sent)
                .doesNotContain("Exception", "\tat ", "at org.", "at com.vaadin", "at java.");
    }
}
