package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.colloquy.IntegrationTest;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.audience.AudienceState;
import org.colloquy.seminar.audience.JoinOutcome;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.console.LiveAnswer;
import org.colloquy.seminar.screen.RoomScreen;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.screen.WordCloud;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SessionSummary;

@IntegrationTest
class RoomControlsTest {

    static final String OPEN_PROMPT = LiveSessionServicesTest.OPEN_PROMPT;

    @Autowired
    TestAccounts accounts;
    @Autowired
    AudienceService audienceService;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    ScreenService screenService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SeminarEvents seminarEvents;

    UserRef leader;
    SessionSummary session;

    @BeforeEach
    void aLeaderStartsASessionOnTheOpenPrompt() {
        leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        session = roomService.start(LiveSessionServicesTest.COURSE, LiveSessionServicesTest.LESSON);
        moveTo(OPEN_PROMPT);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void when_the_countdown_runs_out_the_prompt_refuses_answers_with_a_message_that_keeps_the_text() {
        consoleService.startTimer(session.id(), Duration.ofSeconds(30));
        assertThat(consoleService.controls(session.id()).timeLeft()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
        UserRef student = accounts.signInNew("student", Role.STUDENT);
        assertThat(audienceService.answer(session.joinCode(), OPEN_PROMPT, "In time", null))
                .isInstanceOf(AnswerOutcome.Received.class);

        timeRunsOut();

        assertThat(audienceService.answer(session.joinCode(), OPEN_PROMPT, "Too late", null))
                .extracting(Said::english).isEqualTo((
                        "Time is up for this question; your answer was not sent. Your text is still here."));
        AudienceState phone = ((JoinOutcome.Joined) audienceService.join(session.joinCode())).state();
        assertThat(phone.promptOpen()).isFalse();
        assertThat(phone.timeLeft()).isEqualTo(Duration.ZERO);
        assertThat(phone.myAnswer().body()).isEqualTo("In time");
        accounts.signIn(leader);
        assertThat(consoleService.presenterState(session.id()).promptOpen()).isFalse();
        assertThat(screenService.projectorState(session.id()).promptOpen()).isFalse();
        accounts.signIn(student);
    }

    @Test
    void reopening_the_prompt_after_the_countdown_takes_answers_again() {
        consoleService.startTimer(session.id(), Duration.ofSeconds(30));
        timeRunsOut();

        consoleService.setPromptOpen(session.id(), true);

        assertThat(consoleService.controls(session.id()).timeLeft()).isNull();
        accounts.signInNew("student", Role.STUDENT);
        assertThat(audienceService.answer(session.joinCode(), OPEN_PROMPT, "Now again", null))
                .isInstanceOf(AnswerOutcome.Received.class);
    }

    @Test
    void a_countdown_outside_one_second_to_an_hour_is_refused() {
        assertThatThrownBy(() -> consoleService.startTimer(session.id(), Duration.ZERO))
                .hasMessage("A countdown runs from 1 second to 60 minutes.");
        assertThatThrownBy(() -> consoleService.startTimer(session.id(), Duration.ofMinutes(61)))
                .hasMessage("A countdown runs from 1 second to 60 minutes.");
    }

    @Test
    void only_an_approved_answer_goes_into_the_spotlight_and_a_change_takes_it_out() {
        long[] ids = answersFrom("Trade first, trust later", "Not for the screen");
        consoleService.star(session.id(), ids[1], true);
        assertThat(consoleService.controls(session.id()).starredAnswerIds()).containsExactly(ids[1]);
        assertThatThrownBy(() -> screenService.spotlight(session.id(), ids[1]))
                .hasMessage("Approve the answer before you put it in the spotlight.");
        assertThat(screenService.screen(session.id()).spotlight()).isNull();

        consoleService.approve(session.id(), ids[0]);
        screenService.spotlight(session.id(), ids[0]);
        assertThat(screenService.screen(session.id()).spotlight()).isEqualTo("Trade first, trust later");
        assertThat(consoleService.controls(session.id()).spotlightAnswerId()).isEqualTo(ids[0]);

        consoleService.hide(session.id(), ids[0]);
        assertThat(screenService.screen(session.id()).spotlight()).isNull();

        consoleService.approve(session.id(), ids[0]);
        screenService.clearSpotlight(session.id());
        assertThat(screenService.screen(session.id()).spotlight()).isNull();
    }

    @Test
    void the_word_cloud_counts_only_approved_answers_once_revealed() {
        long[] ids = answersFrom("Energy trade builds trust", "Trade and energy, energy first",
                "secretword never approved");
        consoleService.approve(session.id(), ids[0]);
        consoleService.approve(session.id(), ids[1]);
        assertThat(screenService.screen(session.id()).wordCloud()).isEmpty();

        screenService.revealAsWordCloud(session.id(), true);

        assertThat(consoleService.presenterState(session.id()).revealed()).isTrue();
        assertThat(screenService.screen(session.id()).wordCloud()).extracting(WordCloud.Word::text)
                .containsExactly("energy", "trade", "builds", "first", "trust")
                .doesNotContain("secretword", "and");
        consoleService.next(session.id());
        assertThat(consoleService.controls(session.id()).wordCloud()).isFalse();
    }

    @Test
    void the_closing_position_is_revealed_next_to_the_opening_one_with_the_same_claim() {
        String code = session.joinCode();
        moveTo("position-before");
        for (String point : new String[] {"2", "2", "4"}) {
            accounts.signInNew("student", Role.STUDENT);
            audienceService.answer(code, "position-before", "", point);
        }
        accounts.signIn(leader);
        moveTo("position-after");
        for (String point : new String[] {"4", "5"}) {
            accounts.signInNew("student", Role.STUDENT);
            audienceService.answer(code, "position-after", "", point);
        }
        accounts.signIn(leader);
        assertThat(screenService.screen(session.id()).before()).isNull();

        consoleService.setRevealed(session.id(), true);

        RoomScreen.Comparison before = screenService.screen(session.id()).before();
        assertThat(before).isNotNull();
        assertThat(before.promptNumber()).isEqualTo(1);
        assertThat(before.distribution()).extracting(ChoiceCount::count).containsExactly(0, 2, 0, 1, 0);
        assertThat(screenService.projectorState(session.id()).distribution()).extracting(ChoiceCount::count)
                .containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void approving_all_waiting_approves_what_the_console_showed_in_one_update_and_nothing_that_came_after() {
        UserRef[] students = new UserRef[4];
        String[] texts = {"Trade first", "Trust later", "Energy is the bridge", "Not for the screen"};
        for (int i = 0; i < students.length; i++) {
            students[i] = accounts.signInNew("student", Role.STUDENT);
            audienceService.answer(session.joinCode(), OPEN_PROMPT, texts[i], null);
        }
        accounts.signIn(leader);
        long hidden = idOf("Not for the screen");
        consoleService.hide(session.id(), hidden);
        List<LiveAnswer> shown = consoleService.presenterState(session.id()).answers();
        accounts.signIn(students[1]);
        audienceService.answer(session.joinCode(), OPEN_PROMPT, "Trust later, and only after trade", null);
        accounts.signInNew("latecomer", Role.STUDENT);
        audienceService.answer(session.joinCode(), OPEN_PROMPT, "Came in after the list was drawn", null);
        accounts.signIn(leader);
        AtomicInteger updates = new AtomicInteger();
        SeminarEvents.Subscription watching = seminarEvents.subscribe(session.id(), updates::incrementAndGet);

        int approved;
        try {
            approved = consoleService.approveAllWaiting(session.id(), shown);
        } finally {
            watching.cancel();
        }

        assertThat(approved).isEqualTo(2);
        assertThat(updates).as("updates sent to the live views").hasValue(1);
        assertThat(consoleService.presenterState(session.id()).answers())
                .extracting(LiveAnswer::body, LiveAnswer::approval)
                .containsExactlyInAnyOrder(
                        tuple("Trade first", Approval.APPROVED),
                        tuple("Energy is the bridge", Approval.APPROVED),
                        tuple("Not for the screen", Approval.HIDDEN),
                        tuple("Trust later, and only after trade", Approval.PENDING),
                        tuple("Came in after the list was drawn", Approval.PENDING));
        consoleService.setRevealed(session.id(), true);
        assertThat(screenService.projectorState(session.id()).approvedAnswers())
                .containsExactlyInAnyOrder("Trade first", "Energy is the bridge");
    }

    @Test
    void approving_all_waiting_leaves_the_answers_of_a_prompt_no_longer_on_screen_waiting() {
        answersFrom("Said on the open prompt");
        List<LiveAnswer> shown = consoleService.presenterState(session.id()).answers();
        consoleService.next(session.id());
        AtomicInteger updates = new AtomicInteger();
        SeminarEvents.Subscription watching = seminarEvents.subscribe(session.id(), updates::incrementAndGet);

        int approved;
        try {
            approved = consoleService.approveAllWaiting(session.id(), shown);
        } finally {
            watching.cancel();
        }

        assertThat(approved).isZero();
        assertThat(updates).as("updates sent when nothing changed").hasValue(0);
        consoleService.previous(session.id());
        assertThat(consoleService.presenterState(session.id()).answers()).extracting(LiveAnswer::approval)
                .containsExactly(Approval.PENDING);
    }

    @Test
    void an_ended_session_approves_nothing_more() {
        answersFrom("Said before the end");
        List<LiveAnswer> shown = consoleService.presenterState(session.id()).answers();
        consoleService.close(session.id());

        assertThatThrownBy(() -> consoleService.approveAllWaiting(session.id(), shown))
                .hasMessage("This session has ended.");
    }

    @Test
    void the_room_controls_are_for_the_leader_of_that_session_only() {
        accounts.signInNew("other-leader", Role.SEMINAR_LEADER);
        assertThatThrownBy(() -> consoleService.startTimer(session.id(), Duration.ofSeconds(30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenService.screen(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consoleService.allowGuests(session.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consoleService.approveAllWaiting(session.id(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInNew("student", Role.STUDENT);
        assertThatThrownBy(() -> consoleService.controls(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenService.spotlight(session.id(), 1)).isInstanceOf(AccessDeniedException.class);
    }

    /** The countdown's end, as stored, passes. */
    private void timeRunsOut() {
        jdbc.update("update seminar_session set timer_ends_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), session.id());
    }

    /** To the prompt with that key, full ({@code lesson/step}) or the step's own; fails instead of looping past the end. */
    private void moveTo(String key) {
        while (consoleService.presenterState(session.id()).currentIndex() > 0) {
            consoleService.previous(session.id());
        }
        while (!isOnScreen(key)) {
            assertThat(consoleService.presenterState(session.id()).isLast()).as("no prompt " + key + " in the session").isFalse();
            consoleService.next(session.id());
        }
    }

    private boolean isOnScreen(String key) {
        SeminarPrompt current = consoleService.presenterState(session.id()).current();
        return current.key().equals(key) || current.step().key().equals(key);
    }

    private long idOf(String text) {
        return consoleService.presenterState(session.id()).answers().stream()
                .filter(answer -> answer.body().equals(text)).findFirst().orElseThrow().id();
    }

    private long[] answersFrom(String... texts) {
        for (String text : texts) {
            accounts.signInNew("student", Role.STUDENT);
            audienceService.answer(session.joinCode(), OPEN_PROMPT, text, null);
        }
        accounts.signIn(leader);
        var answers = consoleService.presenterState(session.id()).answers();
        long[] ids = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            ids[i] = answers.stream().filter(answer -> answer.body().equals(text)).findFirst().orElseThrow().id();
        }
        return ids;
    }
}
