package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.IntegrationTest;
import org.colloquy.account.JoinCodes;
import org.colloquy.account.Role;
import org.colloquy.account.TestAccounts;
import org.colloquy.account.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class SeminarServiceTest {

    static final String COURSE = "sino-russian-relations";
    static final String LESSON = "three-stages";
    static final String OPEN_PROMPT = LESSON + "/respond-balance";

    @Autowired
    TestAccounts accounts;
    @Autowired
    SeminarService seminars;

    UserRef leader;
    SessionSummary session;

    @BeforeEach
    void aLeaderStartsASessionOnTheOpenPrompt() {
        leader = accounts.signInNew("leader", Role.SEMINAR_LEADER);
        session = seminars.start(COURSE, LESSON);
        while (!seminars.presenterState(session.id()).current().key().equals(OPEN_PROMPT)) {
            seminars.next(session.id());
        }
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_session_starts_on_the_first_answerable_prompt_with_a_readable_code() {
        SessionSummary another = seminars.start(COURSE, LESSON);

        PresenterState state = seminars.presenterState(another.id());
        assertThat(another.joinCode()).matches("[" + JoinCodes.ALPHABET + "]{6}").isNotEqualTo(session.joinCode());
        assertThat(state.currentIndex()).isZero();
        assertThat(state.current().kind()).isEqualTo(SeminarPrompt.Kind.SCALE);
        assertThat(state.prompts()).extracting(SeminarPrompt::key).containsExactly(LESSON + "/position-before",
                LESSON + "/check-second-stage", LESSON + "/check-prerequisite", LESSON + "/respond-balance",
                LESSON + "/discuss-parallel", LESSON + "/position-after");
        assertThat(state.promptOpen()).isTrue();
        assertThat(state.revealed()).isFalse();
        assertThat(seminars.myOpenSessions()).extracting(SessionSummary::id).contains(session.id(), another.id());
    }

    @Test
    void a_student_joins_with_the_code_typed_loosely_and_answers_then_changes_her_answer() {
        accounts.signInNew("student", Role.STUDENT);
        String typed = " " + session.joinCode().toLowerCase().substring(0, 3) + "-" + session.joinCode().substring(3);

        JoinOutcome joined = seminars.join(typed);

        assertThat(joined).isInstanceOf(JoinOutcome.Joined.class);
        AudienceState state = ((JoinOutcome.Joined) joined).state();
        assertThat(state.prompt().key()).isEqualTo(OPEN_PROMPT);
        assertThat(state.myAnswer()).isNull();
        assertThat(seminars.answer(session.joinCode(), OPEN_PROMPT, "First thought", null))
                .isInstanceOf(AnswerOutcome.Received.class);
        AnswerOutcome changed = seminars.answer(session.joinCode(), OPEN_PROMPT, "Second thought", null);

        assertThat(changed).isInstanceOfSatisfying(AnswerOutcome.Received.class,
                received -> assertThat(received.revision()).isEqualTo(2));
        AudienceState again = ((JoinOutcome.Joined) seminars.join(session.joinCode())).state();
        assertThat(again.myAnswer()).isNotNull();
        assertThat(again.myAnswer().body()).isEqualTo("Second thought");
        accounts.signIn(leader);
        assertThat(seminars.presenterState(session.id()).answers()).singleElement()
                .satisfies(answer -> {
                    assertThat(answer.body()).isEqualTo("Second thought");
                    assertThat(answer.studentName()).isEqualTo("student");
                    assertThat(answer.approval()).isEqualTo(Approval.PENDING);
                });
    }

    @Test
    void a_wrong_code_and_a_closed_session_each_say_exactly_that() {
        accounts.signIn(leader);
        SessionSummary ended = seminars.start(COURSE, LESSON);
        seminars.close(ended.id());
        accounts.signInNew("student", Role.STUDENT);

        assertThat(seminars.join("ZZZZZZ")).isInstanceOfSatisfying(JoinOutcome.UnknownCode.class,
                unknown -> assertThat(unknown.message().english()).isEqualTo(
                        "No live session has the code ZZZZZZ. Check the code on the screen and try again."));
        assertThat(seminars.join(ended.joinCode())).isInstanceOfSatisfying(JoinOutcome.SessionClosed.class,
                closed -> assertThat(closed.message().english()).startsWith("The session with the code " + ended.joinCode()
                        + " has ended."));
    }

    @Test
    void answers_are_refused_once_the_prompt_is_closed_or_the_leader_moved_on() {
        seminars.setPromptOpen(session.id(), false);
        accounts.signInNew("student", Role.STUDENT);

        assertThat(seminars.answer(session.joinCode(), OPEN_PROMPT, "Too late", null))
                .extracting(Said::english).isEqualTo(("Answers to this question are closed; your answer was not sent."));
        assertThat(seminars.answer(session.joinCode(), "position-before", "", "3"))
                .extracting(Said::english).isEqualTo((
                        "The leader has moved on to another question; this answer was not sent."));
        assertThat(seminars.answer(session.joinCode(), OPEN_PROMPT, "   ", null))
                .isInstanceOf(AnswerOutcome.Refused.class);
    }

    @Test
    void the_projector_shows_only_approved_answers_and_only_after_the_reveal() {
        long[] answerIds = answersFrom("Approve me", "Keep me off the screen", "Leave me pending");
        accounts.signIn(leader);
        seminars.approve(session.id(), answerIds[0]);
        seminars.hide(session.id(), answerIds[1]);

        ProjectorState beforeReveal = seminars.projectorState(session.id());
        assertThat(beforeReveal.answerCount()).isEqualTo(3);
        assertThat(beforeReveal.approvedAnswers()).isEmpty();

        seminars.setRevealed(session.id(), true);
        assertThat(seminars.projectorState(session.id()).approvedAnswers()).containsExactly("Approve me");
    }

    @Test
    void a_changed_answer_needs_approval_again_before_the_projector_shows_it() {
        long answerId = answersFrom("Fine words")[0];
        accounts.signIn(leader);
        seminars.approve(session.id(), answerId);
        seminars.setRevealed(session.id(), true);
        accounts.signIn(answerAuthor);
        seminars.answer(session.joinCode(), OPEN_PROMPT, "Rude words", null);

        accounts.signIn(leader);
        assertThat(seminars.projectorState(session.id()).approvedAnswers()).isEmpty();
    }

    @Test
    void a_poll_is_revealed_as_a_distribution_of_choices() {
        seminars.previous(session.id());
        seminars.previous(session.id());
        seminars.previous(session.id());
        String code = session.joinCode();
        for (String point : new String[] {"4", "4", "2"}) {
            accounts.signInNew("student", Role.STUDENT);
            assertThat(seminars.answer(code, "position-before", "", point)).isInstanceOf(AnswerOutcome.Received.class);
        }
        accounts.signIn(leader);
        assertThat(seminars.projectorState(session.id()).distribution()).isEmpty();

        seminars.setRevealed(session.id(), true);

        assertThat(seminars.projectorState(session.id()).distribution()).containsExactly(
                new ChoiceCount("Strongly disagree", 0, 1), new ChoiceCount("Disagree", 1, 2),
                new ChoiceCount("Unsure", 0, 3), new ChoiceCount("Agree", 2, 4), new ChoiceCount("Strongly agree", 0, 5));
    }

    @Test
    void leader_actions_are_for_the_leader_of_that_session_only() {
        accounts.signInNew("other-leader", Role.SEMINAR_LEADER);
        assertThatThrownBy(() -> seminars.presenterState(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.projectorState(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.next(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.close(session.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signInNew("student", Role.STUDENT);
        assertThatThrownBy(() -> seminars.start(COURSE, LESSON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.setRevealed(session.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seminars.projectorState(session.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signIn(leader);
        assertThatThrownBy(() -> seminars.join(session.joinCode())).isInstanceOf(AccessDeniedException.class);
    }

    /** The student who wrote the last answer of {@link #answersFrom}. */
    private UserRef answerAuthor;

    /** Each text from a new student; returns the answers' ids in the same order. */
    private long[] answersFrom(String... texts) {
        long[] ids = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            answerAuthor = accounts.signInNew("student", Role.STUDENT);
            seminars.answer(session.joinCode(), OPEN_PROMPT, texts[i], null);
        }
        accounts.signIn(leader);
        var answers = seminars.presenterState(session.id()).answers();
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            ids[i] = answers.stream().filter(answer -> answer.body().equals(text)).findFirst().orElseThrow().id();
        }
        return ids;
    }
}
