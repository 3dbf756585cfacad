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
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.cohort.CohortSessionFixture;
import org.colloquy.seminar.console.ConsoleService;
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
            assertThat(summary.isRunning()).isTrue();
            assertThat(summary.leader()).isEqualTo(Author.named("teacher"));
        });
    }

    @Test
    void session_results_show_every_answer_per_prompt_with_its_author_and_moderation_state() {
        LiveSessionResults found = results.results(f.cohort().id(), session.id());

        assertThat(found.prompts()).hasSize(2);
        assertThat(found.prompts().get(0).answers()).extracting(LiveResult::student, LiveResult::answer,
                        LiveResult::point, LiveResult::approval)
                .containsExactly(Tuple.tuple(Author.named("Ana Ortiz"), "Agree", 4, Approval.PENDING),
                        Tuple.tuple(Author.named("Ben Brook"), "Disagree", 2, Approval.PENDING));
        assertThat(found.prompts().get(1).answers()).singleElement().satisfies(answer -> {
            assertThat(answer.answer()).isEqualTo("Balance stability and reform.");
            assertThat(answer.approval()).isEqualTo(Approval.APPROVED);
            assertThat(answer.inClass()).isTrue();
        });
        assertThat(found.byStudent()).extracting(LiveSessionResults.StudentAnswers::name)
                .containsExactly(Author.named("Ana Ortiz"), Author.named("Ben Brook"));
        assertThat(found.byStudent().getFirst().answers()).hasSize(2);
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
}
