package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.review.export.CsvRecords;
import org.colloquy.review.ReviewService;
import org.colloquy.security.HostileInput;
import org.colloquy.security.HostileInput.Payload;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.session.SessionSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.ArrayList;

/**
 * The hostile-input corpus (issue #6) typed into every text input a user has, each kind at least once through the
 * real field, the rest through the services the fields call; then every view where the text appears is opened in
 * Chromium and must show each payload as text: no payload's script ran (a sentinel, dialogs and uncaught errors are
 * watched), and no element a payload describes exists. Exports carry every payload literally, spreadsheet formulas
 * defused.
 */
class HostileInputJourney extends BrowserJourney {

    private static final String COURSE = "sino-russian-relations";
    private static final String LESSON = "course/" + COURSE + "/lesson/three-stages";
    private static final String RESPOND = "three-stages/respond-balance";
    private static final String DISCUSS = "three-stages/discuss-parallel";
    private static final String ARGUE = "expediency-and-order/argue-not-expediency";
    private static final String PASSWORD = "test-password";
    private static final List<Payload> CORPUS = HostileInput.CORPUS;

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    DiscussionService discussions;
    @Autowired
    ArgumentMapService maps;
    @Autowired
    ReviewService reviews;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    ScreenService screenService;
    @Autowired
    GuestService guests;

    /** Every sign that a payload ran, from any page of the journey. */
    private final List<String> alarms = new CopyOnWriteArrayList<>();

    @AfterEach
    void signOutOfTheTestThread() {
        accounts.signOut();
    }

    @Test
    void hostile_text_from_students_and_instructors_shows_as_text_on_every_class_page_and_in_every_export()
            throws IOException {
        UserRef teacher = accounts.create("hostile-teacher", "Hostile Teacher", Role.INSTRUCTOR);
        accounts.signIn(teacher);
        CohortRef cohort = cohorts.createCohort(COURSE, payload(1).text());
        CORPUS.stream().skip(2).forEach(payload -> cohorts.createCohort(COURSE, payload.text()));
        UserRef author = null;
        for (Payload payload : CORPUS) {
            UserRef student = accounts.create("hostile-" + payload.label(), payload.text(), Role.STUDENT);
            accounts.signIn(student);
            cohorts.join(cohort.joinCode());
            if (payload.number() == 1) {
                author = student;
                continue;
            }
            answers.submit(COURSE, DISCUSS, payload.text(), null, AnswerSnapshot.NONE_SAVED);
            maps.addReason(COURSE, ARGUE, Side.FOR, payload.text(), List.of("p6"));
        }

        watched(page);
        signIn(author.username(), PASSWORD);
        page.navigate(url(LESSON));
        openStep(page, "Discuss");
        page.locator(".draft-editor textarea").fill(payload(1).text());
        page.locator("#submit-answer").click();
        assertThat(page.locator(".submission-state")).containsText("Submitted");
        repliesFromEveryClassmate(cohort, author);

        openStep(page, "Respond");
        page.locator(".draft-editor textarea").fill(payload(10).text());
        assertThat(page.locator(".draft-editor .save-state")).containsText("Saved");
        page.locator(".draft-editor textarea").fill(HostileInput.ONE_MEGABYTE);
        assertThat(page.locator(".draft-editor .save-state")).containsText("1,048,576 characters");
        Assertions.assertThat(page.locator(".draft-editor textarea").inputValue()).as("the refused text stays")
                .hasSize(HostileInput.ONE_MEGABYTE.length());
        screenshotOfWindow("90-hostile-megabyte-answer-refused");
        assertInert(page, "lesson, a megabyte typed");
        page.locator(".draft-editor textarea").fill(payload(10).text());
        assertThat(page.locator(".draft-editor .save-state")).containsText("Saved");

        page.navigate(url("course/" + COURSE + "/discussion/" + DISCUSS));
        Locator thread = page.locator(".discussion-thread");
        assertShowsAsText(thread, CORPUS);
        thread.locator(".discussion-post").first().locator("textarea").fill(payload(9).text());
        thread.locator(".discussion-post").first().getByText("Post reply").click();
        assertThat(thread.locator(".discussion-reply", new Locator.LocatorOptions().setHasText(payload(9).stored())))
                .hasCount(2);
        screenshot("91-hostile-discussion");
        assertInert(page, "discussion");

        page.navigate(url("course/" + COURSE + "/lesson/expediency-and-order"));
        openStep(page, "Argue");
        page.locator(".reason-form vaadin-text-area textarea").fill(payload(3).text() + " [¶6]");
        page.locator("#add-reason").click();
        assertThat(page.locator(".argument-map")).containsText(payload(3).stored() + " [¶6]");
        assertShowsAsText(page.locator(".argument-map"), CORPUS.subList(1, CORPUS.size()));
        screenshot("92-hostile-argument-map-in-the-lesson");
        assertInert(page, "argue step");

        page.navigate(url("notices"));
        assertShowsNames(page.locator(".notice-list"), CORPUS.subList(1, CORPUS.size()));
        assertInert(page, "notices");

        Page teacherPage = watched(newPerson(1280, 2400));
        signIn(teacherPage, teacher.username(), PASSWORD);
        teacherPage.navigate(url("classes"));
        teacherPage.locator("#new-class-name input").fill(payload(2).text());
        teacherPage.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create class")).click();
        assertShowsNames(teacherPage.locator("#main-content"), CORPUS);
        shot(teacherPage, "93-hostile-class-names");
        assertInert(teacherPage, "classes");

        String dashboard = url("classes/" + cohort.id());
        teacherPage.navigate(dashboard);
        assertThat(teacherPage.locator("h1")).hasText(payload(1).stored());
        assertShowsNames(teacherPage.locator("#progress-matrix"), CORPUS);
        shot(teacherPage, "94-hostile-dashboard");
        assertInert(teacherPage, "class dashboard");

        teacherPage.navigate(url("classes/" + cohort.id() + "/review/" + DISCUSS));
        assertGridShowsNames(teacherPage.locator("#review-list"), CORPUS);
        teacherPage.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(payload(1).text())).click();
        assertThat(teacherPage.locator("#review-answer-text")).containsText(payload(1).stored());
        teacherPage.locator(".feedback-form vaadin-text-area textarea").fill(payload(4).text());
        teacherPage.locator("#save-feedback").click();
        assertThat(teacherPage.locator(".feedback-form .submission-state")).containsText("draft");
        feedbackOnEveryClassmate(teacher, cohort, author);
        teacherPage.locator("#release-prompt").click();
        assertThat(teacherPage.locator(".queue-count")).containsText("Feedback released");
        shot(teacherPage, "95-hostile-review-queue");
        assertInert(teacherPage, "review queue");

        teacherPage.navigate(url("classes/" + cohort.id() + "/discussion/" + DISCUSS));
        assertShowsAsText(teacherPage.locator("#main-content"), CORPUS);
        Locator post = teacherPage.locator(".discussion-post").filter(new Locator.FilterOptions()
                .setHasText(payload(5).stored()).setHasNotText(payload(1).stored()));
        post.locator("input").fill(payload(7).text());
        post.getByText("Hide from the class").click();
        assertThat(teacherPage.locator("#main-content")).containsText("hidden: " + payload(7).stored());
        assertInert(teacherPage, "moderation");

        teacherPage.navigate(url("classes/" + cohort.id() + "/map/" + ARGUE));
        assertShowsAsText(teacherPage.locator(".argument-map"), CORPUS.subList(1, CORPUS.size()));
        shot(teacherPage, "96-hostile-argument-map-projected");
        assertInert(teacherPage, "argument map on the big screen");

        teacherPage.navigate(dashboard);
        List<Payload> printable = CORPUS.stream().filter(p -> p.text().equals(p.stored())).toList();
        teacherPage.locator("#tab-people").click();
        teacherPage.locator("#roster-csv textarea").fill(roster(CORPUS));
        teacherPage.locator("#import-roster").click();
        assertThat(teacherPage.locator(".roster-problems")).containsText("control character");
        teacherPage.locator("#roster-csv textarea").fill(roster(printable));
        teacherPage.locator("#import-roster").click();
        assertShowsAsText(teacherPage.locator(".roster-result"), printable);
        shot(teacherPage, "94b-hostile-roster-imported");
        assertInert(teacherPage, "class dashboard with the roster imported");
        teacherPage.locator("#tab-export").click();
        String csv = download(teacherPage, "#export-csv");
        List<List<String>> records = CsvRecords.parse(csv);
        for (Payload payload : CORPUS) {
            Assertions.assertThat(records).as(payload.kind()).anyMatch(record -> record.contains(defused(payload.stored())));
        }
        Assertions.assertThat(records.stream().flatMap(List::stream))
                .as("no cell a spreadsheet would run as a formula").noneMatch(cell -> cell.matches("(?s)^[=+\\-@\t\r].*"));
        String json = download(teacherPage, "#export-json");
        for (Payload payload : CORPUS) {
            Assertions.assertThat(jsonStrings(json)).as(payload.kind()).contains(payload.stored());
        }
        assertInert(teacherPage, "exports");

        page.navigate(url(LESSON));
        openStep(page, "Discuss");
        assertThat(page.locator("#feedback-note")).containsText(payload(4).stored());
        page.navigate(url("my-work"));
        assertShowsAsText(page.locator("#main-content"), List.of(payload(1), payload(10)));
        String markdown = download(page, "#download-my-work");
        Assertions.assertThat(markdown).contains(payload(1).stored(), payload(10).stored());
        screenshot("97-hostile-my-work");
        assertInert(page, "my work");

        Page newcomer = watched(newPerson(390, 844));
        newcomer.navigate(url("join"));
        newcomer.locator("#join-code input").fill(payload(2).text());
        newcomer.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Your name")).locator("input")
                .fill(payload(15).text());
        newcomer.locator("vaadin-text-field", new Page.LocatorOptions().setHasText("Choose a username")).locator("input")
                .fill("newcomer-" + System.nanoTime());
        newcomer.locator("vaadin-password-field input").fill(PASSWORD);
        newcomer.locator("#sign-up-button").click();
        assertThat(newcomer.locator(".join-message")).containsText("No class has the code “"
                + payload(2).text().substring(0, 20));
        assertInert(newcomer, "join page with a hostile code");
        newcomer.locator("#join-code input").fill(cohort.joinCode());
        newcomer.locator("#sign-up-button").click();
        newcomer.waitForURL("**/course/" + COURSE);
        teacherPage.navigate(dashboard);
        assertThat(teacherPage.locator("#progress-matrix")).containsText(payload(15).asName());
        assertInert(teacherPage, "dashboard with a name chosen when joining");
        Assertions.assertThat(alarms).as("signs that a payload ran").isEmpty();
    }

    @Test
    void hostile_text_from_a_live_room_shows_as_text_on_the_console_the_projector_and_the_phones() {
        UserRef leader = accounts.create("hostile-leader", "Hostile Leader", Role.SEMINAR_LEADER);
        accounts.signIn(leader);
        SessionSummary session = roomService.start(COURSE, "three-stages");
        while (!consoleService.presenterState(session.id()).current().key().equals(RESPOND)) {
            consoleService.next(session.id());
        }
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();
        for (Payload payload : CORPUS.subList(1, CORPUS.size())) {
            GuestJoin.Joined joined = (GuestJoin.Joined) guests.join(session.joinCode(), payload.text());
            guests.answer(session.joinCode(), joined.token(), RESPOND, payload.text(), null);
        }

        Page phone = watched(newPerson(390, 844));
        phone.navigate(url("live/" + session.joinCode()));
        phone.locator("#guest-name input").fill(payload(1).text());
        phone.locator("#guest-join").click();
        phone.locator("#live-answer textarea").fill(payload(1).text());
        phone.locator("#live-send").click();
        assertThat(phone.locator("#live-status")).containsText("Received");
        assertThat(phone.locator("#live-answer textarea")).hasValue(payload(1).text());
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("98-hostile-guest-phone.png")));
        assertInert(phone, "guest's phone");

        Page wrongCode = watched(newPerson(390, 844));
        wrongCode.navigate(url("live"));
        wrongCode.locator("#live-code input").fill(payload(9).text());
        wrongCode.locator("#live-join").click();
        assertThat(wrongCode.locator("#main-content")).containsText("No live session has the code");
        assertInert(wrongCode, "live join with a hostile code");

        watched(page);
        signIn(leader.username(), PASSWORD);
        page.navigate(url("seminar/" + session.id() + "/present"));
        Locator incoming = page.locator("#live-answers");
        assertShowsAsText(incoming, CORPUS);
        for (Payload payload : CORPUS) {
            assertThat(incoming).containsText(payload.asName() + " (guest)");
        }
        screenshot("99-hostile-presenter-console");
        assertInert(page, "presenter console");

        accounts.signIn(leader);
        consoleService.presenterState(session.id()).answers().stream().map(LiveAnswer::id)
                .forEach(answerId -> consoleService.approve(session.id(), answerId));
        consoleService.setRevealed(session.id(), true);
        Page projector = watched(newPerson(1920, 1080));
        signIn(projector, leader.username(), PASSWORD);
        projector.navigate(url("seminar/" + session.id() + "/project"));
        Locator revealed = projector.locator("#projector-revealed");
        assertShowsAsText(revealed, CORPUS);
        assertThat(projector.locator(".projector-answer")).hasCount(CORPUS.size());
        assertThat(projector.locator("body")).not().containsText("(guest)");
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("99b-hostile-projector.png"))
                .setFullPage(true));
        assertInert(projector, "projector, answers revealed");

        screenService.revealAsWordCloud(session.id(), true);
        assertThat(projector.locator("#word-cloud .cloud-word").first()).isVisible();
        projector.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("99c-hostile-word-cloud.png")));
        assertInert(projector, "projector, word cloud");
        Assertions.assertThat(alarms).as("signs that a payload ran").isEmpty();
    }

    private static Payload payload(int number) {
        return HostileInput.number(number);
    }

    /** Watches a page for any sign that a payload ran: the sentinel, a dialog, an uncaught script error. */
    private Page watched(Page who) {
        who.addInitScript(HostileInput.SENTINEL_SCRIPT);
        who.onDialog(dialog -> {
            alarms.add("a dialog: " + dialog.message());
            dialog.dismiss();
        });
        who.onPageError(error -> alarms.add("a script error: " + error));
        who.onConsoleMessage(message -> {
            if (message.text().startsWith("PWNED")) {
                alarms.add(message.text());
            }
        });
        return who;
    }

    /** No payload ran on this page and none became an element. */
    private void assertInert(Page who, String view) {
        Assertions.assertThat(who.evaluate("() => window.__pwned || null")).as(view + ": the sentinel was called")
                .isNull();
        Assertions.assertThat(who.locator(HostileInput.INJECTED_ELEMENTS).count())
                .as(view + ": elements built from a payload").isZero();
        Assertions.assertThat(alarms).as(view + ": signs that a payload ran").isEmpty();
    }

    /** Each payload shows inside the element, as the text that was typed. */
    private static void assertShowsAsText(Locator where, List<Payload> payloads) {
        for (Payload payload : payloads) {
            assertThat(where).containsText(payload.stored());
        }
    }

    /** A grid draws only the rows in sight: the payloads it does not show at first must show once scrolled to the end. */
    private static void assertGridShowsNames(Locator grid, List<Payload> payloads) {
        assertThat(grid).containsText(payloads.getFirst().asName());
        String top = grid.textContent();
        List<Payload> below = payloads.stream().filter(payload -> !top.contains(payload.asName())).toList();
        grid.evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        assertShowsNames(grid, below);
        grid.evaluate("grid => grid.scrollToIndex(0)");
        assertThat(grid).containsText(payloads.getFirst().asName());
    }

    /** Each payload shows inside the element as a name: as typed, but on one line and without direction controls. */
    private static void assertShowsNames(Locator where, List<Payload> payloads) {
        for (Payload payload : payloads) {
            assertThat(where).containsText(payload.asName());
        }
    }

    private static void openStep(Page who, String kind) {
        who.locator(".step-indicator button[aria-label*='" + kind + "']").first().click();
        assertThat(who.locator(".step-counter")).containsText(kind);
    }

    private void shot(Page who, String name) {
        who.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String download(Page who, String link) throws IOException {
        Download download = who.waitForDownload(() -> who.locator(link).click());
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }

    /** Every classmate replies to the author's post with their own payload, as the thread's reply field would. */
    private void repliesFromEveryClassmate(CohortRef cohort, UserRef author) {
        accounts.signIn(author);
        long post = discussions.thread(COURSE, DISCUSS).posts().stream().filter(p -> p.mine()).findFirst()
                .orElseThrow().id();
        for (Payload payload : CORPUS.subList(1, CORPUS.size())) {
            UserRef classmate = cohorts.classmates(COURSE).values().stream()
                    .filter(user -> user.displayName().equals(payload.asName())).findFirst().orElseThrow();
            accounts.signIn(classmate);
            discussions.reply(COURSE, DISCUSS, post, payload.text());
            accounts.signIn(author);
        }
        accounts.signOut();
    }

    /** Feedback with a payload on every other post, saved as the review panel saves it. */
    private void feedbackOnEveryClassmate(UserRef teacher, CohortRef cohort, UserRef author) {
        accounts.signIn(teacher);
        reviews.queue(cohort.id(), DISCUSS).stream()
                .filter(entry -> entry.response() != null && entry.student().id() != author.id())
                .forEach(entry -> reviews.saveFeedback(cohort.id(), entry.response().responseId(),
                        entry.student().displayName(), List.of()));
        accounts.signOut();
    }

    /** A roster with one student per payload, names quoted as a spreadsheet quotes them. */
    private static String roster(List<Payload> payloads) {
        String stamp = Long.toHexString(System.nanoTime());
        return "name,email\n" + payloads.stream()
                .map(p -> "\"" + p.text().replace("\"", "\"\"") + "\",roster-" + p.number() + "-" + stamp
                        + "@example.test")
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** A cell as the CSV export writes it: a leading apostrophe before what a spreadsheet would run. */
    private static String defused(String text) {
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The string values of a JSON document, unescaped, for comparing with what was typed. */
    private static List<String> jsonStrings(String json) {
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> strings = new ArrayList<>();
        collect(mapper.readTree(json), strings);
        return strings;
    }

    private static void collect(tools.jackson.databind.JsonNode node, List<String> strings) {
        if (node.isString()) {
            strings.add(node.asString());
        }
        node.forEach(child -> collect(child, strings));
    }
}
