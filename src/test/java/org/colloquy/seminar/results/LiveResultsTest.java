package org.colloquy.seminar.results;

import org.colloquy.base.Author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.cohort.CohortSessionFixture;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.session.SeminarPrompt;
import org.jspecify.annotations.Nullable;
import org.colloquy.seminar.session.Approval;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SessionSummary;
import java.util.List;
import org.assertj.core.groups.Tuple;

/** Live answers reach the class's instructors, and nobody else. */
@IntegrationTest
class LiveResultsTest {

    static final String COURSE = CohortSessionFixture.COURSE;
    static final String BEFORE = "three-stages/position-before";
    static final String OPEN = "three-stages/respond-balance";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AudienceService audienceService;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    LiveResultsService results;
    @Autowired
    GuestService guests;

    CohortSessionFixture f;
    SessionSummary session;

    @BeforeEach
    void aClassSessionWithAnswers() {
        f = CohortSessionFixture.create(accounts, cohorts);
        session = roomService.startWithPrompts(f.cohort().id(), COURSE, List.of(BEFORE, OPEN));
        accounts.signIn(f.ana());
        audienceService.answer(session.joinCode(), BEFORE, "", "4");
        accounts.signIn(f.ben());
        audienceService.answer(session.joinCode(), BEFORE, "", "2");
        accounts.signIn(f.teacher());
        consoleService.next(session.id());
        accounts.signIn(f.ana());
        audienceService.answer(session.joinCode(), OPEN, "Balance stability and reform.", null);
        accounts.signIn(f.teacher());
        long anasAnswer = consoleService.presenterState(session.id()).answers().getFirst().id();
        consoleService.approve(session.id(), anasAnswer);
        roomService.start(null, COURSE, "three-stages");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_class_dashboard_lists_the_class_sessions_only_with_their_answer_counts() {
        assertThat(results.sessionsOf(f.cohort().id())).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(session.id());
            assertThat(summary.answerCount()).isEqualTo(3);
            assertThat(summary.peopleAnswering()).isEqualTo(2);
            assertThat(summary.promptCount()).isEqualTo(2);
            assertThat(summary.promptsAnswered()).isEqualTo(2);
            assertThat(summary.isRunning()).isTrue();
            assertThat(summary.leader()).isEqualTo(Author.named("teacher"));
        });
    }

    @Test
    void session_results_show_every_answer_per_prompt_with_its_author_and_moderation_state() {
        LiveSessionResults found = results.results(f.cohort().id(), session.id());

        assertThat(found.prompts()).hasSize(2);
        assertThat(found.prompts().get(0).answers()).extracting(answer -> answer.answerer().name(),
                        LiveResult::answer, LiveResult::point, LiveResult::approval)
                .containsExactly(Tuple.tuple("Ana Ortiz", "Agree", 4, Approval.PENDING),
                        Tuple.tuple("Ben Brook", "Disagree", 2, Approval.PENDING));
        assertThat(found.prompts().get(1).answers()).singleElement().satisfies(answer -> {
            assertThat(answer.answer()).isEqualTo("Balance stability and reform.");
            assertThat(answer.approval()).isEqualTo(Approval.APPROVED);
            assertThat(answer.answerer().inClass()).isTrue();
        });
        assertThat(found.byPerson()).extracting(person -> person.answerer().name())
                .containsExactly("Ana Ortiz", "Ben Brook");
        assertThat(found.byPerson().getFirst().answers()).hasSize(2);
    }

    @Test
    void a_guests_answers_are_listed_under_the_name_she_gave_marked_as_a_guests_and_she_counts_as_one_person() {
        String token = guestJoins("Mira");
        accounts.signInAnonymously();
        assertThat(guests.answer(session.joinCode(), token, OPEN, "A guest's balance.", null))
                .isInstanceOf(AnswerOutcome.Received.class);
        accounts.signIn(f.teacher());

        LiveSessionResults found = results.results(f.cohort().id(), session.id());

        assertThat(found.prompts().get(1).answers()).extracting(LiveResult::answerer, LiveResult::answer)
                .contains(Tuple.tuple(new Answerer(Answerer.Kind.GUEST, guestIdOf(found), "Mira"),
                        "A guest's balance."));
        assertThat(found.byPerson()).extracting(person -> person.answerer().kind(), person -> person.answerer().name())
                .containsExactly(Tuple.tuple(Answerer.Kind.STUDENT, "Ana Ortiz"),
                        Tuple.tuple(Answerer.Kind.STUDENT, "Ben Brook"), Tuple.tuple(Answerer.Kind.GUEST, "Mira"));
        assertThat(found.session().peopleAnswering()).isEqualTo(3);
        assertThat(found.session().answerCount()).isEqualTo(4);
    }

    @Test
    void a_student_and_a_guest_who_answer_two_prompts_of_a_lesson_are_two_people_answering_two_of_its_prompts() {
        accounts.signIn(f.teacher());
        SessionSummary lesson = roomService.start(f.cohort().id(), COURSE, "three-stages");
        int asked = consoleService.presenterState(lesson.id()).prompts().size();
        consoleService.allowGuests(lesson.id(), true);
        accounts.signInAnonymously();
        String token = ((GuestJoin.Joined) guests.join(lesson.joinCode(), "Mira")).token();
        for (int prompt = 0; prompt < 2; prompt++) {
            accounts.signIn(f.teacher());
            SeminarPrompt current = consoleService.presenterState(lesson.id()).current();
            accounts.signIn(f.ana());
            assertThat(audienceService.answer(lesson.joinCode(), current.key(), "Ana on " + current.key(),
                    firstChoiceOf(current))).isInstanceOf(AnswerOutcome.Received.class);
            accounts.signInAnonymously();
            assertThat(guests.answer(lesson.joinCode(), token, current.key(), "Mira on " + current.key(),
                    firstChoiceOf(current))).isInstanceOf(AnswerOutcome.Received.class);
            accounts.signIn(f.teacher());
            consoleService.next(lesson.id());
        }

        accounts.signIn(f.teacher());
        LiveSessionSummary summary = results.sessionsOf(f.cohort().id()).stream()
                .filter(candidate -> candidate.id() == lesson.id()).findFirst().orElseThrow();

        assertThat(asked).isGreaterThan(2);
        assertThat(summary.answerCount()).isEqualTo(4);
        assertThat(summary.peopleAnswering()).isEqualTo(2);
        assertThat(summary.promptsAnswered()).isEqualTo(2);
        assertThat(summary.promptCount()).isEqualTo(asked);
        assertThat(results.results(f.cohort().id(), lesson.id()).session()).isEqualTo(summary);
    }

    @Test
    void a_guest_never_appears_among_a_students_live_answers() {
        String token = guestJoins("Mira");
        accounts.signInAnonymously();
        assertThat(guests.answer(session.joinCode(), token, OPEN, "A guest's balance.", null))
                .isInstanceOf(AnswerOutcome.Received.class);
        accounts.signIn(f.teacher());

        assertThat(results.answersOf(f.cohort().id(), f.ana().id())).extracting(StudentLiveAnswer::answer)
                .doesNotContain("A guest's balance.");
    }

    @Test
    void a_students_live_answers_show_for_her_class() {
        assertThat(results.answersOf(f.cohort().id(), f.ana().id()))
                .extracting(StudentLiveAnswer::promptNumber, StudentLiveAnswer::answer)
                .containsExactly(Tuple.tuple(1, "Agree"),
                        Tuple.tuple(2, "Balance stability and reform."));
        assertThatThrownBy(() -> results.answersOf(f.cohort().id(), f.outsider().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_colleague_who_teaches_the_class_sees_its_sessions_too() {
        cohorts.addInstructor(f.cohort().id(), f.otherTeacher().username());
        accounts.signIn(f.otherTeacher());

        assertThat(results.sessionsOf(f.cohort().id())).hasSize(1);
        assertThat(results.results(f.cohort().id(), session.id()).prompts()).hasSize(2);
    }

    @Test
    void an_instructor_of_another_class_a_student_and_an_anonymous_visitor_are_refused() {
        accounts.signIn(f.otherTeacher());
        assertThatThrownBy(() -> results.sessionsOf(f.cohort().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.results(f.cohort().id(), session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.results(f.otherCohort().id(), session.id()))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signIn(f.ana());
        assertThatThrownBy(() -> results.sessionsOf(f.cohort().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.answersOf(f.cohort().id(), f.ana().id()))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAnonymously();
        assertThatThrownBy(() -> results.results(f.cohort().id(), session.id()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_session_of_no_class_is_not_reachable_through_a_class_address() {
        accounts.signIn(f.teacher());
        SessionSummary open = roomService.start(null, COURSE, "three-stages");

        assertThatThrownBy(() -> results.results(f.cohort().id(), open.id())).isInstanceOf(AccessDeniedException.class);
    }
    private String guestJoins(String name) {
        accounts.signIn(f.teacher());
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();
        String token = ((GuestJoin.Joined) guests.join(session.joinCode(), name)).token();
        accounts.signIn(f.teacher());
        return token;
    }

    private static long guestIdOf(LiveSessionResults found) {
        return found.byPerson().stream().map(LiveSessionResults.PersonAnswers::answerer)
                .filter(answerer -> answerer.kind() == Answerer.Kind.GUEST).findFirst().orElseThrow().id();
    }

    private static @Nullable String firstChoiceOf(SeminarPrompt prompt) {
        return prompt.kind() == SeminarPrompt.Kind.OPEN ? null : prompt.choices().getFirst().key();
    }
}
