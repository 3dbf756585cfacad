package org.colloquy.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.argument.ui.ArgumentPages;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.ui.ContentPages;
import org.colloquy.discussion.DiscussionService;
import org.colloquy.discussion.ui.DiscussionPages;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.ui.LessonPages;
import org.colloquy.notice.ui.NoticePages;
import org.colloquy.review.ReviewService;
import org.colloquy.review.ui.ReviewPages;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One unbroken 2,000-character word in a live room (issue #17, items 6 and 14): it wraps on the leader's console,
 * on the projector (answers, word cloud, spotlight) and on the phone, no page grows wider than its window, and the
 * room controls stay in sight. The projector's join code and address never break inside a word, at 1920×1080 and
 * 1280×720. The leader approves every waiting answer at once, and ends the session only after confirming, with the
 * keyboard alone. Screenshots go to {@code target/journeys/}.
 */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:long-words;DB_CLOSE_DELAY=-1",
        AccessibilityAudit.QUICK_PUSH})
class LongWordJourney extends BrowserJourney {

    static final String LONG_WORD = "Strategicpartnership".repeat(100);
    private static final String LONG_NAME = "Anastasiaquillfeather".repeat(10).substring(0, 200);
    private static final String LONG_CLASS_NAME = "Seminarontheessay".repeat(8).substring(0, 120);
    private static final String COURSE = "sino-russian-relations";
    private static final String RESPOND = "three-stages/respond-balance";
    private static final String DISCUSS = "three-stages/discuss-parallel";
    private static final String ARGUE = "expediency-and-order/argue-not-expediency";
    private static final String PASSWORD = "test-password";
    private static final String GUEST_NAME = "Miraguestwithalongname".repeat(2).substring(0, 40);
    private static final String ANA_WRITES = "Energy trade came first, and trust followed it.";

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
    LiveSessionService rooms;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    AudienceService audience;

    @AfterEach
    void signOutOfTheTestThread() {
        accounts.signOut();
    }

    /** The page's own width against its window's, and the elements that reach past the window's right edge. */
    private static final String WIDTHS = """
            () => {
              const past = [...document.querySelectorAll('body *')]
                .filter(element => element.getBoundingClientRect().right > window.innerWidth + 1
                  && element.checkVisibility())
                .slice(0, 5)
                .map(element => '<' + element.tagName.toLowerCase() + (element.id ? ' id=' + element.id : '')
                  + ' class="' + (element.getAttribute('class') || '') + '"> right '
                  + Math.round(element.getBoundingClientRect().right));
              return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
                      past: past.join(', ')};
            }""";

    /** The characters after which the text inside the element goes onto a new line. */
    private static final String BREAKS_AFTER = """
            element => {
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              let previousTop = null, previousChar = null, breaks = '';
              while (walker.nextNode()) {
                const node = walker.currentNode;
                for (let i = 0; i < node.data.length; i++) {
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const box = range.getBoundingClientRect();
                  if (box.width === 0) { continue; }
                  if (previousTop !== null && box.top > previousTop + box.height / 2) { breaks += previousChar; }
                  previousTop = box.top;
                  previousChar = node.data[i];
                }
              }
              return breaks;
            }""";

    @Test
    void a_two_thousand_character_word_wraps_on_the_console_the_projector_and_the_phone() {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        for (int prompt = 2; prompt <= 4; prompt++) {
            page.locator("#prompt-next").click();
            assertThat(page.locator("#presenter-status")).containsText("Prompt " + prompt + " of 6");
        }
        String code = page.locator("#presenter-join-code").textContent();
        page.locator("#allow-guests").click();
        assertThat(page.locator("#guest-count")).hasText("0 guests joined");

        Page projector = projector(1920, 1080);
        assertJoinCodeAndAddressUnbroken(projector, code, "projector at 1920×1080");
        shot(projector, "l1-projector-1080p-join-code");
        Page smallProjector = projector(1280, 720);
        assertJoinCodeAndAddressUnbroken(smallProjector, code, "projector at 1280×720");
        shot(smallProjector, "l2-projector-720p-join-code");

        Page guest = newPerson(390, 844);
        guest.navigate(url("live/" + code));
        guest.locator("#guest-name input").fill(GUEST_NAME);
        guest.locator("#guest-join").click();
        guest.locator("#live-answer textarea").fill(LONG_WORD);
        guest.locator("#live-send").click();
        assertThat(guest.locator("#live-status")).containsText("Received");
        assertFitsTheWindow(guest, "guest's phone with the long word sent");
        shot(guest, "l3-phone-390-long-word-sent");
        Page ana = newPerson(390, 844);
        signIn(ana, "ana", "colloquy");
        ana.navigate(url("live/" + code));
        ana.locator("#live-answer textarea").fill(ANA_WRITES);
        ana.locator("#live-send").click();
        assertThat(ana.locator("#live-status")).containsText("Received");

        assertThat(page.locator("#answer-count")).hasText("Answers (2)");
        assertThat(page.locator("#live-answers")).containsText(LONG_WORD);
        assertFitsTheWindow(page, "console with the long word");
        assertRoomControlsInSight(page);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SCREENSHOTS.resolve("l4-console-with-a-2000-character-answer.png")));

        assertThat(page.locator("#bulk-approve")).hasText("Approve all 2 waiting");
        page.locator("#bulk-approve").click();
        assertThat(page.locator(".live-answer [id^='approve-']:visible")).hasCount(0);
        assertThat(page.locator(".live-answer .answer-approval")).hasText(new String[] {"Approved", "Approved"});
        assertThat(page.locator("#bulk-approve")).isHidden();

        page.locator("#toggle-reveal").click();
        assertThat(projector.locator(".projector-answer")).hasCount(2);
        assertThat(smallProjector.locator(".projector-answer")).hasCount(2);
        assertFitsTheWindow(projector, "projector at 1920×1080, answers revealed");
        assertFitsTheWindow(smallProjector, "projector at 1280×720, answers revealed");
        shot(projector, "l5-projector-1080p-long-word-revealed");

        page.locator("#reveal-word-cloud").click();
        assertThat(projector.locator("#word-cloud")).containsText("energy");
        assertThat(smallProjector.locator("#word-cloud")).containsText("energy");
        assertFitsTheWindow(projector, "projector at 1920×1080, word cloud");
        assertFitsTheWindow(smallProjector, "projector at 1280×720, word cloud");
        shot(projector, "l6-projector-1080p-word-cloud");

        Locator guestRow = page.locator(".live-answer").filter(new Locator.FilterOptions().setHasText("(guest)"));
        guestRow.locator("[id^='spotlight-']").click();
        assertThat(projector.locator("#projector-spotlight-text")).hasText(LONG_WORD);
        assertFitsTheWindow(projector, "projector at 1920×1080, spotlight");
        assertFitsTheWindow(smallProjector, "projector at 1280×720, spotlight");
        assertJoinLineClearOfTheSpotlight(projector);
        assertJoinLineClearOfTheSpotlight(smallProjector);
        shot(projector, "l7-projector-1080p-spotlight");
        assertFitsTheWindow(page, "console with the spotlight on the long word");
        assertRoomControlsInSight(page);
        page.locator("#clear-spotlight").click();
        assertThat(projector.locator("#projector-spotlight")).hasCount(0);
        assertFitsTheWindow(guest, "guest's phone after the reveal");
        assertFitsTheWindow(ana, "student's phone after the reveal");
    }

    @Test
    void the_leader_ends_the_session_only_after_confirming_and_can_do_it_all_with_the_keyboard() {
        signIn("iris", "colloquy");
        page.navigate(url("seminar"));
        page.locator("#start-seminar").click();
        page.waitForURL("**/present");
        Page projector = projector(1280, 720);

        page.locator("#end-session").focus();
        page.keyboard().press("Enter");
        Locator dialog = page.locator("#end-session-consequences");
        assertThat(dialog).isVisible();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("End this session?");
        assertThat(page.locator("#end-session-consequences")).containsText("cannot be opened again");
        assertThat(page.locator("#end-session-keep")).isFocused();
        assertFocusVisible(page, "#end-session-keep");
        shot(page, "l8-console-end-session-confirmation");
        Accessibility.check(page, "console-end-session-question");

        page.keyboard().press("Tab");
        assertThat(page.locator("#end-session-confirm")).isFocused();
        assertFocusVisible(page, "#end-session-confirm");
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(page.locator("#end-session")).isFocused();
        assertThat(page.locator("#presenter-status")).containsText("Open for answers");
        assertThat(projector.locator("#main-content")).not().containsText("This session has ended");

        page.keyboard().press("Enter");
        assertThat(page.locator("#end-session-keep")).isFocused();
        page.keyboard().press("Enter");
        assertThat(dialog).isHidden();
        assertThat(page.locator("#presenter-status")).containsText("Open for answers");

        page.locator("#end-session").click();
        page.locator("#end-session-confirm").click();
        assertThat(page.locator("#main-content")).containsText("This session has ended.");
        assertThat(projector.locator(".projector-ended")).containsText("This session has ended.");
    }

    @Test
    void a_long_word_wraps_wherever_a_student_or_teacher_reads_it() {
        TheWork work = aClassWhoseWorkIsFullOfLongWords();
        List<String> problems = new ArrayList<>();

        Page student = newPerson(390, 844);
        signIn(student, work.author().username(), PASSWORD);
        student.navigate(url(LessonPages.lesson(COURSE, "three-stages")));
        openStep(student, "Discuss");
        check(student, "lesson, discuss step with the post and its feedback", "#main-content", problems);
        openStep(student, "Respond");
        check(student, "lesson, respond step with the answer and its feedback", "#feedback-note", problems);
        student.navigate(url(LessonPages.lesson(COURSE, "expediency-and-order")));
        openStep(student, "Argue");
        check(student, "lesson, argue step with the class's argument map", ".argument-map", problems);
        student.navigate(url(LessonPages.discussion(COURSE, DISCUSS)));
        check(student, "discussion: posts and replies", ".discussion-reply", problems);
        student.navigate(url(LessonPages.myWork()));
        check(student, "My work", "#main-content", problems);
        student.navigate(url(NoticePages.notices()));
        check(student, "notices", ".notice-list", "Classmate" + LONG_NAME.substring(9), problems);

        for (int[] window : new int[][] {{1280, 900}, {390, 844}}) {
            String size = window[0] + "×" + window[1];
            Page teacher = newPerson(window[0], window[1]);
            signIn(teacher, work.teacher().username(), PASSWORD);
            long cohort = work.cohort().id();
            teacher.navigate(url(ReviewPages.classes()));
            check(teacher, size + " my classes", "#main-content", LONG_CLASS_NAME, problems);
            teacher.navigate(url(ReviewPages.cohort(cohort)));
            check(teacher, size + " the class page", "#progress-matrix", LONG_NAME, problems);
            teacher.navigate(url(ReviewPages.reviewQueue(cohort, RESPOND)));
            teacher.locator("#review-list vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(LONG_NAME.substring(0, 30))).first().click();
            check(teacher, size + " the grading queue with the answer and its feedback", "#review-answer-text", problems);
            teacher.navigate(url(DiscussionPages.moderation(cohort, DISCUSS)));
            check(teacher, size + " the class's discussion", ".discussion-reply", problems);
            teacher.navigate(url(ArgumentPages.classMap(cohort, ARGUE)));
            check(teacher, size + " the class's argument map on a big screen", ".argument-map", problems);
            teacher.navigate(url(ContentPages.readingWithHeatMap(COURSE, cohort)));
            teacher.locator("#p2 .heat-count").first().click();
            check(teacher, size + " the heat map with what cites ¶2", "#heat-list-p2", problems);
            teacher.navigate(url(ReviewPages.lessonInsights(cohort, "three-stages")));
            check(teacher, size + " the lesson's insights", "#main-content", null, problems);
            teacher.navigate(url(ReviewPages.passages(cohort)));
            check(teacher, size + " the passages", "#main-content", null, problems);
            teacher.navigate(url(ReviewPages.liveSession(cohort, work.liveSession())));
            check(teacher, size + " the results of a live session", "#main-content", problems);
            teacher.navigate(url(ReviewPages.studentLiveAnswers(cohort, work.author().id())));
            check(teacher, size + " a student's live answers", "#main-content", problems);
        }

        assertThat(problems).as("pages wider than their window, or without the long word").isEmpty();
    }

    /**
     * A class named with one long word, a student with a long one-word name who writes a long word everywhere she
     * can (post, answer, reason, live answer), a classmate with a long name who replies with one, and their teacher's
     * feedback made of one. The teacher released the feedback and ran a live session for the class.
     */
    private TheWork aClassWhoseWorkIsFullOfLongWords() {
        UserRef teacher = accounts.create("long-teacher", "Teacher", Role.INSTRUCTOR, Role.SEMINAR_LEADER);
        accounts.signIn(teacher);
        CohortRef cohort = cohorts.createCohort(COURSE, LONG_CLASS_NAME);
        UserRef author = accounts.create("long-author", LONG_NAME, Role.STUDENT);
        UserRef classmate = accounts.create("long-classmate", "Classmate" + LONG_NAME.substring(9), Role.STUDENT);
        accounts.signIn(author);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, DISCUSS, LONG_WORD + " [¶2]", null, AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, RESPOND, "trade ".repeat(85) + LONG_WORD + " [¶3]", null, AnswerSnapshot.NONE_SAVED);
        maps.addReason(COURSE, ARGUE, Side.FOR, LONG_WORD.substring(0, ArgumentMapService.MAX_REASON_LENGTH - 5)
                + " [¶6]", List.of("p6"));
        accounts.signIn(classmate);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, DISCUSS, "Trade came first. [¶2]", null, AnswerSnapshot.NONE_SAVED);
        long post = discussions.thread(COURSE, DISCUSS).posts().stream().filter(p -> !p.mine()).findFirst()
                .orElseThrow().id();
        discussions.reply(COURSE, DISCUSS, post, LONG_WORD.substring(0, DiscussionService.MAX_REPLY_LENGTH));

        accounts.signIn(teacher);
        for (String prompt : List.of(RESPOND, DISCUSS)) {
            reviews.queue(cohort.id(), prompt).stream()
                    .filter(entry -> entry.response() != null && entry.student().id() == author.id())
                    .forEach(entry -> reviews.saveFeedback(cohort.id(), entry.response().responseId(), LONG_WORD,
                            List.of()));
            reviews.release(cohort.id(), prompt);
        }
        SessionSummary live = rooms.start(cohort.id(), COURSE, "three-stages");
        while (!consoleService.presenterState(live.id()).current().key().equals(RESPOND)) {
            consoleService.next(live.id());
        }
        accounts.signIn(author);
        audience.answer(live.joinCode(), RESPOND, LONG_WORD, null);
        accounts.signIn(teacher);
        consoleService.approveAllWaiting(live.id(), consoleService.presenterState(live.id()).answers());
        consoleService.close(live.id());
        accounts.signOut();
        return new TheWork(teacher, author, cohort, live.id());
    }

    record TheWork(UserRef teacher, UserRef author, CohortRef cohort, long liveSession) {
    }

    private static void check(Page page, String view, String where, List<String> problems) {
        check(page, view, where, LONG_WORD, problems);
    }

    /**
     * The page shows the beginning of a long word ({@code expected}, or nothing in particular when null) inside
     * {@code where}, and is no wider than its window.
     */
    private static void check(Page page, String view, String where, @Nullable String expected, List<String> problems) {
        try {
            if (expected == null) {
                assertThat(page.locator(where).first()).isVisible();
            } else {
                assertThat(page.locator(where).first()).containsText(expected.substring(0, 40));
            }
            assertFitsTheWindow(page, view);
        } catch (AssertionError failure) {
            problems.add(view + ": " + failure.getMessage());
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(
                "l9-" + view.replaceAll("[^A-Za-z0-9×]+", "-").toLowerCase(Locale.ROOT) + ".png")));
    }

    private static void openStep(Page who, String kind) {
        who.locator(".step-indicator button[aria-label*='" + kind + "']").first().click();
        assertThat(who.locator(".step-counter")).containsText(kind);
    }

    private Page projector(int width, int height) {
        Page projector = newPerson(width, height);
        signIn(projector, "iris", "colloquy");
        projector.navigate(page.url().replaceFirst("/present$", "/project"));
        assertThat(projector.locator("#projector-qr")).isVisible();
        return projector;
    }

    private void assertJoinCodeAndAddressUnbroken(Page projector, String code, String where) {
        Locator codeOnScreen = projector.locator("#projector-join-code");
        assertThat(codeOnScreen).hasText(code);
        assertThat(((Number) codeOnScreen.evaluate("element => element.getClientRects().length")).intValue())
                .as(where + ": lines the code is on").isEqualTo(1);
        Locator address = projector.locator("#projector-join-url");
        assertThat(address).hasText(url("live/" + code).replaceFirst("^http://", ""));
        String breaks = (String) address.evaluate(BREAKS_AFTER);
        assertThat(breaks).as(where + ": the characters after which the address breaks").matches("[/.]*");
        BoundingBox box = address.boundingBox();
        BoundingBox aside = projector.locator(".projector-join").boundingBox();
        assertThat(box.x + box.width).as(where + ": the address's right edge").isLessThanOrEqualTo(aside.x + aside.width);
        assertFitsTheWindow(projector, where);
    }

    static void assertFitsTheWindow(Page page, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) page.evaluate(WIDTHS);
        int scrollWidth = ((Number) widths.get("scrollWidth")).intValue();
        int innerWidth = ((Number) widths.get("innerWidth")).intValue();
        assertThat(scrollWidth).as(where + ": page width against the window's " + innerWidth + " px; past its edge: "
                + widths.get("past")).isLessThanOrEqualTo(innerWidth);
    }

    /** The line that says how to join never covers the answer in the spotlight, however long it is. */
    private static void assertJoinLineClearOfTheSpotlight(Page projector) {
        BoundingBox text = projector.locator("#projector-spotlight-text").boundingBox();
        BoundingBox code = projector.locator("#projector-spotlight .spotlight-code").boundingBox();
        assertThat(code.y).as("the join line starts below the spotlit answer")
                .isGreaterThanOrEqualTo(text.y + text.height);
    }

    /** Every control of the room (guests, countdown, word cloud, spotlight) and of the prompt is within the window. */
    private static void assertRoomControlsInSight(Page console) {
        assertThat(console.locator("#room-controls")).isVisible();
        int innerWidth = ((Number) console.evaluate("() => window.innerWidth")).intValue();
        for (Locator control : console.locator("#room-controls vaadin-button:visible, #room-controls vaadin-checkbox, "
                + ".presenter-controls vaadin-button").all()) {
            BoundingBox box = control.boundingBox();
            assertThat(box).as("a room control on screen").isNotNull();
            assertThat(box.x).as(control.textContent() + ": left edge").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(control.textContent() + ": right edge").isLessThanOrEqualTo(innerWidth);
        }
    }

    /** The focused control shows it: Lumo's focus ring, which it draws only for keyboard focus. */
    private static void assertFocusVisible(Page page, String selector) {
        assertThat(page.locator(selector)).hasAttribute("focus-ring", "");
        String ring = (String) page.locator(selector).evaluate("element => getComputedStyle(element).boxShadow + ' '"
                + " + getComputedStyle(element).outlineStyle");
        assertThat(ring).as(selector + ": focus ring").isNotEqualTo("none none");
    }

    private static void shot(Page who, String name) {
        who.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
