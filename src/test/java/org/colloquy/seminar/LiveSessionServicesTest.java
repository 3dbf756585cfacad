package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.IntegrationTest;
import org.colloquy.cohort.JoinCodes;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.audience.AudienceState;
import org.colloquy.seminar.audience.JoinOutcome;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.console.PresenterState;
import org.colloquy.seminar.screen.ProjectorState;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SessionSummary;

@IntegrationTest
public class LiveSessionServicesTest {

    public static final String COURSE = "sino-russian-relations";
    public static final String LESSON = "three-stages";
    public static final String OPEN_PROMPT = LESSON + "/respond-balance";

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

    UserRef leader;
    SessionSummary session;

    @BeforeEach
    void aLeaderStartsASessionOnTheOpenPrompt() {
        leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        session = roomService.start(COURSE, LESSON);
        while (!consoleService.presenterState(session.id()).current().key().equals(OPEN_PROMPT)) {
            consoleService.next(session.id());
        }
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_session_starts_on_the_first_answerable_prompt_with_a_readable_code() {
        SessionSummary another = roomService.start(COURSE, LESSON);

        PresenterState state = consoleService.presenterState(another.id());
        assertThat(another.joinCode()).matches("[" + JoinCodes.ALPHABET + "]{6}").isNotEqualTo(session.joinCode());
        assertThat(state.currentIndex()).isZero();
        assertThat(state.current().kind()).isEqualTo(SeminarPrompt.Kind.SCALE);
        assertThat(state.prompts()).extracting(SeminarPrompt::key).containsExactly(LESSON + "/position-before",
                LESSON + "/check-second-stage", LESSON + "/check-prerequisite", LESSON + "/respond-balance",
                LESSON + "/discuss-parallel", LESSON + "/position-after");
        assertThat(state.promptOpen()).isTrue();
        assertThat(state.revealed()).isFalse();
        assertThat(roomService.myOpenSessions()).extracting(SessionSummary::id).contains(session.id(), another.id());
    }

    @Test
    void a_student_joins_with_the_code_typed_loosely_and_answers_then_changes_her_answer() {
        accounts.signInNew("student", Role.STUDENT);
        String typed = " " + session.joinCode().toLowerCase().substring(0, 3) + "-" + session.joinCode().substring(3);

        JoinOutcome joined = audienceService.join(typed);

        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        AudienceState state = ((JoinOutcome.Joined) joined).state();
        assertThat(state.prompt().key()).isEqualTo(OPEN_PROMPT);
        assertThat(state.myAnswer()).isNull();
        assertThat(audienceService.answer(session.joinCode(), OPEN_PROMPT, "First thought", null))
                .isInstanceOf(AnswerOutcome.Received.class);
        AnswerOutcome changed = audienceService.answer(session.joinCode(), OPEN_PROMPT, "Second thought", null);

        assertThat(changed).isInstanceOfSatisfying(AnswerOutcome.Received.class,
                received -> assertThat(received.revision()).isEqualTo(2));
        AudienceState again = ((JoinOutcome.Joined) audienceService.join(session.joinCode())).state();
        assertThat(again.myAnswer()).isNotNull();
        assertThat(again.myAnswer().body()).isEqualTo("Second thought");
        accounts.signIn(leader);
        assertThat(consoleService.presenterState(session.id()).answers()).singleElement()
                .satisfies(answer -> {
                    assertThat(answer.body()).isEqualTo("Second thought");
                    assertThat(answer.studentName()).isEqualTo("student");
                    assertThat(answer.approval()).isEqualTo(Approval.PENDING);
                });
    }

    @Test
    void a_wrong_code_and_a_closed_session_each_say_exactly_that() {
        accounts.signIn(leader);
        SessionSummary ended = roomService.start(COURSE, LESSON);
        consoleService.close(ended.id());
        accounts.signInNew("student", Role.STUDENT);

        assertThat(audienceService.join("ZZZZZZ")).isInstanceOfSatisfying(JoinOutcome.UnknownCode.class,
                unknown -> assertThat(unknown.message().english()).isEqualTo(
                        "No live session has the code ZZZZZZ. Check the code on the screen and try again."));
        assertThat(audienceService.join(ended.joinCode())).isInstanceOfSatisfying(JoinOutcome.SessionClosed.class,
                closed -> assertThat(closed.message().english()).startsWith("The session with the code " + ended.joinCode()
                        + " has ended."));
    }

    @Test
    void answers_are_refused_once_the_prompt_is_closed_or_the_leader_moved_on() {
        consoleService.setPromptOpen(session.id(), false);
        accounts.signInNew("student", Role.STUDENT);

        assertThat(audienceService.answer(session.joinCode(), OPEN_PROMPT, "Too late", null))
                .extracting(Said::english).isEqualTo(("Answers to this question are closed; your answer was not sent."));
        assertThat(audienceService.answer(session.joinCode(), "position-before", "", "3"))
                .extracting(Said::english).isEqualTo((
                        "The leader has moved on to another question; this answer was not sent."));
        assertThat(audienceService.answer(session.joinCode(), OPEN_PROMPT, "   ", null))
                .isInstanceOf(AnswerOutcome.Refused.class);
    }

    @Test
    void the_projector_shows_only_approved_answers_and_only_after_the_reveal() {
        long[] answerIds = answersFrom("Approve me", "Keep me off the screen", "Leave me pending");
        accounts.signIn(leader);
        consoleService.approve(session.id(), answerIds[0]);
        consoleService.hide(session.id(), answerIds[1]);

        ProjectorState beforeReveal = screenService.projectorState(session.id());
        assertThat(beforeReveal.answerCount()).isEqualTo(3);
        assertThat(beforeReveal.approvedAnswers()).isEmpty();

        consoleService.setRevealed(session.id(), true);
        assertThat(screenService.projectorState(session.id()).approvedAnswers()).containsExactly("Approve me");
    }

    @Test
    void a_changed_answer_needs_approval_again_before_the_projector_shows_it() {
        long answerId = answersFrom("Fine words")[0];
        accounts.signIn(leader);
        consoleService.approve(session.id(), answerId);
        consoleService.setRevealed(session.id(), true);
        accounts.signIn(answerAuthor);
        audienceService.answer(session.joinCode(), OPEN_PROMPT, "Rude words", null);

        accounts.signIn(leader);
        assertThat(screenService.projectorState(session.id()).approvedAnswers()).isEmpty();
    }

    @Test
    void a_poll_is_revealed_as_a_distribution_of_choices() {
        consoleService.previous(session.id());
        consoleService.previous(session.id());
        consoleService.previous(session.id());
        String code = session.joinCode();
        for (String point : new String[] {"4", "4", "2"}) {
            accounts.signInNew("student", Role.STUDENT);
            assertThat(audienceService.answer(code, "position-before", "", point)).isInstanceOf(AnswerOutcome.Received.class);
        }
        accounts.signIn(leader);
        assertThat(screenService.projectorState(session.id()).distribution()).isEmpty();

        consoleService.setRevealed(session.id(), true);

        assertThat(screenService.projectorState(session.id()).distribution()).containsExactly(
                new ChoiceCount("Strongly disagree", 0, 1), new ChoiceCount("Disagree", 1, 2),
                new ChoiceCount("Unsure", 0, 3), new ChoiceCount("Agree", 2, 4), new ChoiceCount("Strongly agree", 0, 5));
    }

    @Test
    void leader_actions_are_for_the_leader_of_that_session_only() {
        accounts.signInNew("other-leader", Role.SEMINAR_LEADER);
        assertThatThrownBy(() -> consoleService.presenterState(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenService.projectorState(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consoleService.next(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consoleService.close(session.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signInNew("student", Role.STUDENT);
        assertThatThrownBy(() -> roomService.start(COURSE, LESSON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consoleService.setRevealed(session.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screenService.projectorState(session.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signIn(leader);
        assertThatThrownBy(() -> audienceService.join(session.joinCode())).isInstanceOf(AccessDeniedException.class);
    }

    /** The student who wrote the last answer of {@link #answersFrom}. */
    private UserRef answerAuthor;

    /** Each text from a new student; returns the answers' ids in the same order. */
    private long[] answersFrom(String... texts) {
        long[] ids = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            answerAuthor = accounts.signInNew("student", Role.STUDENT);
            audienceService.answer(session.joinCode(), OPEN_PROMPT, texts[i], null);
        }
        accounts.signIn(leader);
        var answers = consoleService.presenterState(session.id()).answers();
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            ids[i] = answers.stream().filter(answer -> answer.body().equals(text)).findFirst().orElseThrow().id();
        }
        return ids;
    }
}
