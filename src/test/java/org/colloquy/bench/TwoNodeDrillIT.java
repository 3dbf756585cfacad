package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The drill of issue #16 (decision 0047): two nodes of the packaged jar on one PostgreSQL, each behind its own address
 * as a sticky load balancer would keep a browser on one node. The leader's console is on node A, the projector on
 * node B, a student's phone on each. An answer sent to node B reaches the console on A, a reveal on A reaches the
 * projector on B, "next prompt" on A moves the phone on B. Each time runs from the action until the page shows it, by
 * the page's own clock (a mutation observer), push batch window included; the same change shown on node A (a second
 * projector, a phone, the console for a phone on A) is timed beside it, so the figures say what crossing nodes adds
 * on whatever machine runs the drill. Nothing is lost: the database holds each phone's last answer as sent.
 * <p>
 * Then node A is killed with SIGKILL in the middle of a question (decision 0048). Node A's people (the console, a
 * projector, Ana's phone) reach it through a {@link FailoverBalancer}, which sends them to node B once node A refuses,
 * as a balancer redispatches: Ben's phone on node B carries on at once; the leader signs in again and has her
 * console back on node B; Ana, whose browser was signed in, is asked to sign in again (not to join as a guest), lands
 * back on the question on screen with the answer she had typed on node A and not sent, and sends it; the leader moves
 * on from node B and both phones follow. Every answer a phone saw received, before the kill or after it, is in the
 * database. Runs after {@code mvn package}, like the other drills; prints its figures and outcomes.
 */
class TwoNodeDrillIT {

    private static final Path JAR = Path.of(System.getProperty("colloquy.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
    private static final Path CONTENT = Path.of(System.getProperty("colloquy.content", "content"));
    private static final List<String> JVM_OPTIONS = ServerJvmOptions.with("-Xmx512m");
    private static final int ROUNDS = Integer.getInteger("drill.rounds", 8);
    private static final double BUDGET_MILLIS = 1000;
    private static final String UNSENT = "Ana, typed on node A and not sent: the letters of credit outlasted the war.";
    private static final Page.WaitForFunctionOptions SOON = new Page.WaitForFunctionOptions().setTimeout(15_000);
    private static final String SHOWS = "([selector, text]) => [...document.querySelectorAll(selector)]"
            + ".some(element => element.textContent.includes(text))";
    private static final String WATCH = """
            ([selector, text, count]) => {
                window.__seenAt = 0;
                const shows = () => text != null
                    ? [...document.querySelectorAll(selector)].some(element => element.textContent.includes(text))
                    : document.querySelectorAll(selector).length === count;
                const check = () => { if (!window.__seenAt && shows()) { window.__seenAt = Date.now(); } };
                if (window.__watching) { window.__watching.disconnect(); }
                window.__watching = new MutationObserver(check);
                window.__watching.observe(document.body, {subtree: true, childList: true, characterData: true,
                    attributes: true});
            }""";

    @TempDir
    Path dataDir;

    @Test
    void a_room_split_over_two_nodes_sees_each_change_within_a_second_and_carries_on_when_a_node_dies() throws Exception {
        Path chromium = Paths.get(System.getenv().getOrDefault("COLLOQUY_CHROMIUM", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium not found at " + chromium);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            // the same device key on both nodes, as README asks of several nodes
            Map<String, String> onPostgres = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "COLLOQUY_DB_URL", url,
                    "COLLOQUY_DB_USER", "postgres", "COLLOQUY_DB_PASSWORD", "postgres", "COLLOQUY_DEVICE_KEY",
                    "0123456789abcdef".repeat(4));
            // one after the other: the first start migrates the database and makes the demo accounts
            try (RunningApp nodeA = RunningApp.startWith(onPostgres, dataDir.resolve("a"), JAR, CONTENT, JVM_OPTIONS);
                 RunningApp nodeB = RunningApp.startWith(onPostgres, dataDir.resolve("b"), JAR, CONTENT, JVM_OPTIONS);
                 FailoverBalancer balancer = new FailoverBalancer(List.of(nodeA.base(), nodeB.base()));
                 Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                         .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                 Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                         .setExecutablePath(chromium)
                         .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run",
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
                JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
                Room room = drill(browser, balancer.base().toString(), nodeB.base().toString(), database);
                nodeADies(room, nodeA, database);
            }
        }
    }

    /**
     * The first half: the room split over the nodes, timed. Node A's people ({@code a}, the balancer's address while
     * node A lives) are the console, a projector and Ana's phone; node B's are a projector and Ben's phone.
     */
    private static Room drill(Browser browser, String a, String b, JdbcTemplate database) {
        Page console = signedIn(browser, a, "iris", 1280, 900);
        console.navigate(a + "seminar");
        console.locator("#start-seminar").click();
        console.waitForURL("**/present");
        String code = console.locator("#presenter-join-code").textContent().strip();
        String sessionPath = console.url().substring(a.length()).replaceFirst("/present$", "");
        Page projectorOnB = signedIn(browser, b, "iris", 1280, 720);
        projectorOnB.navigate(b + sessionPath + "/project");
        Page projectorOnA = signedIn(browser, a, "iris", 1280, 720);
        projectorOnA.navigate(a + sessionPath + "/project");
        waitFor(projectorOnB, "#projector-join-code", code);
        waitFor(projectorOnA, "#projector-join-code", code);
        Page anaOnA = signedIn(browser, a, "ana", 390, 844);
        anaOnA.navigate(a + "live/" + code);
        Page benOnB = signedIn(browser, b, "ben", 390, 844);
        benOnB.navigate(b + "live/" + code);
        waitFor(benOnB, ".audience-where", "question 1 of 6");
        waitFor(anaOnA, ".audience-where", "question 1 of 6");
        Phone ben = new Phone("ben", benOnB);
        Phone ana = new Phone("ana", anaOnA);

        Figures next = new Figures("next prompt on A → phone");
        for (int question = 2; question <= 4; question++) {
            String shown = "question " + question + " of 6";
            next.add(() -> console.locator("#prompt-next").click(), watch(benOnB, ".audience-where", shown, -1),
                    watch(anaOnA, ".audience-where", shown, -1));
        }
        Figures answer = new Figures("answer → console on A");
        for (int round = 1; round <= ROUNDS; round++) {
            String fromB = "Ben on node B, round " + round + ": trust followed the trade.";
            answer.addOther(() -> send(benOnB, fromB), watch(console, ".live-answer", fromB, -1));
            String fromA = "Ana on node A, round " + round + ": trade came first.";
            answer.addSame(() -> send(anaOnA, fromA), watch(console, ".live-answer", fromA, -1));
        }
        waitFor(projectorOnB, "#projector-answer-count", "2 answers");
        console.locator("#bulk-approve").click();
        PlaywrightAssertions.assertThat(console.locator("[id^='approve-']:visible")).hasCount(0);
        waitFor(console, "#answer-count", "Answers (2)");
        Figures reveal = new Figures("reveal and hide on A → projector");
        for (int round = 1; round <= ROUNDS; round++) {
            for (int shown : new int[] {2, 0}) {
                reveal.add(() -> console.locator("#toggle-reveal").click(),
                        watch(projectorOnB, ".projector-answer", null, shown),
                        watch(projectorOnA, ".projector-answer", null, shown));
            }
        }
        next.add(() -> console.locator("#prompt-next").click(), watch(benOnB, ".audience-where", "question 5 of 6", -1),
                watch(anaOnA, ".audience-where", "question 5 of 6", -1));

        List<String> stored = database.queryForList("select body from seminar_answer order by body", String.class);
        List<Figures> all = List.of(next, answer, reveal);
        all.forEach(Figures::report);
        assertThat(stored).as("nothing lost: each phone's last answer, as she sent it").containsExactly(
                "Ana on node A, round " + ROUNDS + ": trade came first.",
                "Ben on node B, round " + ROUNDS + ": trust followed the trade.");
        all.forEach(Figures::assertWithinBudget);
        return new Room(a, code, sessionPath, console, projectorOnB, ben, ana);
    }

    /**
     * The second half: node A is killed with SIGKILL in the middle of question 5, while Ana has typed an answer she
     * has not sent. Ben's phone on node B carries on; the leader and Ana, whom the balancer now sends to node B, sign
     * in again and are back where they were, Ana with her unsent text; the leader moves on from node B and both
     * phones follow. Every answer a phone saw received, before the kill or after it, is in the database.
     */
    private static void nodeADies(Room room, RunningApp nodeA, JdbcTemplate database) throws InterruptedException {
        long secondHalf = System.currentTimeMillis();
        Phone ben = room.ben();
        Phone ana = room.ana();
        ben.send("Ben on node B, before node A died: the caravans kept their word.");
        ana.send("Ana on node A, before node A died: credit travelled with the goods.");
        ana.page().locator("#live-answer textarea").fill(UNSENT);
        ana.page().waitForFunction("text => Object.values(localStorage).some(kept => kept.includes(text))", UNSENT,
                SOON);
        ana.collect();
        ben.collect();
        int beforeTheKill = ana.acknowledged().size() + ben.acknowledged().size();

        nodeA.kill();
        long killedAt = System.currentTimeMillis();
        assertThatThrownBy(() -> new Socket(nodeA.base().getHost(), nodeA.base().getPort()).close())
                .as("node A is dead: its port refuses connections").isInstanceOf(ConnectException.class);

        String benAfter = "Ben on node B, after node A died: the word outlived the caravans.";
        ben.send(benAfter);
        long benReceived = System.currentTimeMillis() - killedAt;

        Page console = room.console();
        long leaderOpens = System.currentTimeMillis();
        console.navigate(room.a() + room.sessionPath() + "/present");
        signInOnLoginPage(console, "iris");
        console.waitForURL(address -> address.contains("/present"));
        waitFor(console, "#presenter-status", "Prompt 5 of 6");
        waitFor(console, ".live-answer", benAfter);
        long leaderBack = System.currentTimeMillis() - leaderOpens;

        Page phone = ana.page();
        long anaOpens = System.currentTimeMillis();
        phone.navigate(room.a() + "live/" + room.code());
        waitFor(phone, "h1", "Sign in again to go back to the room");
        PlaywrightAssertions.assertThat(phone.locator("#guest-name")).hasCount(0);
        phone.locator("#live-sign-in-again").click();
        signInOnLoginPage(phone, "ana");
        phone.waitForURL(address -> address.contains("/live/" + room.code()) && !address.contains("/login"));
        waitFor(phone, ".audience-where", "question 5 of 6");
        PlaywrightAssertions.assertThat(phone.locator("#live-answer textarea")).hasValue(UNSENT);
        waitFor(phone, "#live-status", "unsent answer is back");
        long anaBack = System.currentTimeMillis() - anaOpens;
        ana.recordAcknowledgements();
        ana.sendAsTyped(UNSENT);
        waitFor(console, ".live-answer", UNSENT);

        List<Double> next = timed(() -> console.locator("#prompt-next").click(),
                watch(ben.page(), ".audience-where", "question 6 of 6", -1),
                watch(phone, ".audience-where", "question 6 of 6", -1));
        waitFor(room.projectorOnB(), "body", "Question 6 of 6");
        ben.choose();
        ana.choose();
        waitFor(console, "#answer-count", "Answers (2)");
        ben.collect();
        ana.collect();

        List<Acknowledged> seen = new ArrayList<>(ben.acknowledged());
        seen.addAll(ana.acknowledged());
        Map<String, Acknowledged> lastOfEach = new LinkedHashMap<>();
        seen.forEach(answer -> lastOfEach.put(answer.username() + " " + answer.stepKey(), answer));
        List<Acknowledged> stored = database.query("select u.username, a.step_key, a.body from seminar_answer a"
                        + " join app_user u on u.id = a.user_id",
                (row, number) -> new Acknowledged(row.getString(1), row.getString(2), row.getString(3)));
        System.out.printf(Locale.ROOT, "Two-node drill: node A killed (SIGKILL) on question 5; its port refuses. Ben's"
                        + " phone on node B had an answer received %d ms after the kill; the leader, sent to node B,"
                        + " had her console back %.1f s after opening it (signing in again included); Ana was back in"
                        + " the room on question 5 with her unsent text %.1f s after opening it (asked to sign in"
                        + " again, not to join as a guest); next prompt from node B reached both phones in %.0f and"
                        + " %.0f ms%n", benReceived, leaderBack / 1000.0, anaBack / 1000.0, next.get(0), next.get(1));
        System.out.printf(Locale.ROOT, "Two-node drill: %d answers seen received on the phones, %d after the kill;"
                        + " the last of each phone on each question (%d) are the %d answers in the database;"
                        + " the node's death took %.1f s of the drill%n", seen.size(), seen.size() - beforeTheKill,
                lastOfEach.size(), stored.size(), (System.currentTimeMillis() - secondHalf) / 1000.0);
        assertThat(stored).as("nothing confirmed is lost: each answer a phone saw received, unless she changed it")
                .containsExactlyInAnyOrderElementsOf(lastOfEach.values());
        assertThat(database.queryForList("select choice from seminar_answer where body = ''", String.class))
                .as("both choices on question 6, made on node B").hasSize(2).doesNotContainNull();
    }

    /** What the second half takes over from the first: the room on question 5 of 6, its pages and its phones. */
    private record Room(String a, String code, String sessionPath, Page console, Page projectorOnB,
                        Phone ben, Phone ana) {
    }

    /** An answer as the phone saw it received: who, to which prompt, what. */
    private record Acknowledged(String username, String stepKey, String body) {
    }

    /**
     * A student's phone, and every answer it saw received: the page's answer box calls its keeper's
     * {@code received} exactly when the server said "Received", with the text received, which is recorded here.
     */
    private static final class Phone {

        private final String username;
        private final Page page;
        private final List<Acknowledged> acknowledged = new ArrayList<>();

        Phone(String username, Page page) {
            this.username = username;
            this.page = page;
            recordAcknowledgements();
        }

        Page page() {
            return page;
        }

        /** Again after the page was opened anew. */
        void recordAcknowledgements() {
            page.waitForFunction("() => !!window.colloquyLiveAnswer", null, SOON);
            page.evaluate("""
                    () => {
                        const keeper = window.colloquyLiveAnswer;
                        if (keeper.__recording) { return; }
                        keeper.__recording = true;
                        window.__acknowledged = [];
                        const received = keeper.received;
                        keeper.received = (key, text) => {
                            window.__acknowledged.push([key, text]);
                            received(key, text);
                        };
                    }""");
        }

        void send(String text) {
            page.locator("#live-answer textarea").fill(text);
            sendAsTyped(text);
        }

        /** On a question with choices: the first choice. */
        void choose() {
            page.locator("#live-choice vaadin-radio-button").first().click();
            sendAsTyped("");
        }

        /** Sends what is in the box and waits until the phone says it was received. */
        void sendAsTyped(String text) {
            int before = ((Number) page.evaluate("() => window.__acknowledged.length")).intValue();
            page.locator("#live-send").click();
            page.waitForFunction("([before, text]) => window.__acknowledged.length > before"
                    + " && window.__acknowledged[window.__acknowledged.length - 1][1] === text",
                    Arrays.asList(before, text), SOON);
            PlaywrightAssertions.assertThat(page.locator("#live-status")).containsText("Received");
        }

        /** Takes what the page recorded so far, before the page goes. */
        @SuppressWarnings("unchecked")
        void collect() {
            for (Object pair : (List<Object>) page.evaluate("() => window.__acknowledged.splice(0)")) {
                List<Object> keyAndBody = (List<Object>) pair;
                String key = (String) keyAndBody.get(0);
                acknowledged.add(new Acknowledged(username, key.substring(key.indexOf(':') + 1),
                        (String) keyAndBody.get(1)));
            }
        }

        List<Acknowledged> acknowledged() {
            return acknowledged;
        }
    }

    private static void signInOnLoginPage(Page page, String username) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("colloquy");
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
    }

    /**
     * Starts watching a page for its change, inside the page: the time it first shows {@code text} in an element
     * matching {@code selector} (or, with a null text, has {@code count} of them), by the page's own clock.
     */
    private static Page watch(Page page, String selector, @Nullable String text, int count) {
        page.evaluate(WATCH, Arrays.asList(selector, text, count));
        return page;
    }

    private static void waitFor(Page page, String selector, String text) {
        page.waitForFunction(SHOWS, List.of(selector, text), SOON);
    }

    /** Milliseconds from the action until each watched page showed its change. */
    private static List<Double> timed(Runnable action, Page... watched) {
        long start = System.currentTimeMillis();
        action.run();
        List<Double> millis = new ArrayList<>();
        for (Page page : watched) {
            page.waitForFunction("() => window.__seenAt > 0", null, SOON);
            millis.add(((Number) page.evaluate("() => window.__seenAt")).doubleValue() - start);
        }
        return millis;
    }

    /** The times of one kind of change, to a page on the other node and, for comparison, on the same node. */
    private static final class Figures {

        private final String what;
        private final List<Double> otherNode = new ArrayList<>();
        private final List<Double> sameNode = new ArrayList<>();

        Figures(String what) {
            this.what = what;
        }

        void add(Runnable action, Page onOtherNode, Page onSameNode) {
            List<Double> millis = timed(action, onOtherNode, onSameNode);
            otherNode.add(millis.get(0));
            sameNode.add(millis.get(1));
        }

        void addOther(Runnable action, Page watched) {
            otherNode.add(timed(action, watched).getFirst());
        }

        void addSame(Runnable action, Page watched) {
            sameNode.add(timed(action, watched).getFirst());
        }

        void report() {
            System.out.printf(Locale.ROOT, "Two-node drill: %s: on the other node %s; on the same node %s%n", what,
                    summary(otherNode), summary(sameNode));
        }

        /**
         * Within a second (p95) across nodes; on a machine so busy that the same room on one node is slower than
         * that, no slower than twice the one-node figure: what the relay adds is the question, not the machine.
         */
        void assertWithinBudget() {
            assertThat(p95(otherNode)).as("%s on the other node, p95 in ms (same node: %s)", what, summary(sameNode))
                    .isLessThan(Math.max(BUDGET_MILLIS, 2 * p95(sameNode)));
        }

        private static String summary(List<Double> millis) {
            return String.format(Locale.ROOT, "%d times, median %.0f ms, p95 %.0f ms, max %.0f ms", millis.size(),
                    Stats.median(millis), p95(millis), millis.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    private static Page signedIn(Browser browser, String base, String username, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        page.navigate(base + "login");
        signInOnLoginPage(page, username);
        page.waitForURL(address -> !address.contains("/login"));
        page.locator("h1").first().waitFor();
        return page;
    }

    private static void send(Page phone, String text) {
        phone.locator("#live-answer textarea").fill(text);
        phone.locator("#live-send").click();
    }

    private static double p95(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.95 * sorted.size()) - 1));
    }
}
