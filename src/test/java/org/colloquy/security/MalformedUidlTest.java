package org.colloquy.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.List;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
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
        String honest = UidlTab.JSON.writeValueAsString(tab.click(signOut));
        for (String body : new String[] {"{not json", "", "[]", "null", "{\"rpc\":\"nope\"}",
                "{\"csrfToken\":1,\"rpc\":[{\"type\":\"event\",\"node\":\"x\"}],\"syncId\":\"a\",\"clientId\":{}}",
                "{\"rpc\":[{\"type\":\"no-such-type\",\"node\":1}],\"syncId\":0,\"clientId\":0}",
                honest.substring(0, honest.length() / 2)}) {
            assertHarmless(tab.sendRaw(body), body);
        }
        assertThat(signedIn()).isTrue();
    }

    @Test
    void aGarbledOrTruncatedMessageLeavesOneWarningLineAndNoError() throws Exception {
        String honest = UidlTab.JSON.writeValueAsString(tab.click(signOut));
        ObjectNode nodeAsText = tab.click(signOut);
        ((ObjectNode) nodeAsText.withArray("rpc").get(0)).put("node", "x");
        ObjectNode entryAsText = tab.click(signOut);
        entryAsText.withArray("rpc").set(0, UidlTab.JSON.getNodeFactory().stringNode("click"));
        ObjectNode syncIdAsText = tab.click(signOut).put("syncId", "a");
        for (String body : new String[] {"{not json", "", "[]", "null", "{\"rpc\":\"nope\"}", "\"uidl\"",
                honest.substring(0, honest.length() / 2), honest.substring(0, honest.length() - 1),
                UidlTab.JSON.writeValueAsString(nodeAsText), UidlTab.JSON.writeValueAsString(entryAsText),
                UidlTab.JSON.writeValueAsString(syncIdAsText)}) {
            try (LogWatch log = LogWatch.start()) {
                assertHarmless(tab.sendRaw(body), body);

                assertThat(log.at(Level.ERROR)).as("errors logged for " + body).isEmpty();
                assertThat(log.at(Level.WARN)).as("warnings logged for " + body).singleElement()
                        .satisfies(warning -> {
                            assertThat(warning.getThrowableProxy()).as("a stack trace").isNull();
                            assertThat(warning.getFormattedMessage()).doesNotContain("\n").contains("malformed");
                        });
            }
        }
        assertThat(signedIn()).isTrue();
        UidlTab reloaded = new UidlTab(browser);
        reloaded.open("my-work");
        assertHarmless(reloaded.send(reloaded.click(reloaded.nodeWithId("sign-out"))));
        assertThat(signedIn()).as("an honest click in the page told to reload still works").isFalse();
    }

    @Test
    void aWellFormedMessageWhoseHandlingFailsIsStillLoggedAsAnError() throws Exception {
        ObjectNode navigationWithoutRoute = tab.click(1);
        ObjectNode invocation = (ObjectNode) navigationWithoutRoute.withArray("rpc").get(0);
        invocation.put("event", "ui-navigate");
        invocation.putObject("data");

        try (LogWatch log = LogWatch.start()) {
            assertHarmless(tab.send(navigationWithoutRoute));

            assertThat(log.at(Level.ERROR)).as("errors logged").isNotEmpty();
            assertThat(log.at(Level.WARN)).as("warnings logged").noneMatch(warning ->
                    warning.getFormattedMessage().contains("malformed"));
        }
    }

    /** Everything logged while it is open, by any logger. */
    private static final class LogWatch implements AutoCloseable {

        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final ListAppender<ILoggingEvent> events = new ListAppender<>();

        static LogWatch start() {
            LogWatch watch = new LogWatch();
            watch.events.start();
            watch.root.addAppender(watch.events);
            return watch;
        }

        List<ILoggingEvent> at(Level level) {
            return events.list.stream().filter(event -> event.getLevel() == level).toList();
        }

        @Override
        public void close() {
            root.detachAppender(events);
            events.stop();
        }
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
