package org.colloquy.seminar.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.colloquy.seminar.audience.AnswerOutcome;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.guest.GuestJoin;
import org.colloquy.seminar.guest.GuestService;
import org.colloquy.seminar.console.PresenterState;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.PromptToPick;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SessionSummary;

/** Sessions run for a class, and sessions asking prompts picked from several lessons. */
@IntegrationTest
class CohortSessionTest {

    static final String COURSE = CohortSessionFixture.COURSE;
    static final String FIRST_BEFORE = "three-stages/position-before";
    static final String SECOND_BEFORE = "international-milieu/position-before";
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
    CohortSessionService classSessions;
    @Autowired
    GuestService guests;

    CohortSessionFixture f;

    @BeforeEach
    void aClass() {
        f = CohortSessionFixture.create(accounts, cohorts);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_leader_starts_a_session_for_a_class_she_teaches_but_not_for_another() {
        assertThat(roomService.classesToRunFor()).extracting(c -> c.name()).containsExactly("Seminar class");

        SessionSummary started = roomService.start(f.cohort().id(), COURSE, "three-stages");

        assertThat(classSessions.classInRoom(started.id())).hasValueSatisfying(room ->
                assertThat(room.cohortName()).isEqualTo("Seminar class"));
        assertThatThrownBy(() -> roomService.start(f.otherCohort().id(), COURSE, "three-stages"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_leader_who_teaches_no_class_still_runs_an_open_session() {
        accounts.signInNew("leader", Role.SEMINAR_LEADER);

        assertThat(roomService.classesToRunFor()).isEmpty();
        SessionSummary open = roomService.start(COURSE, "three-stages");

        assertThat(classSessions.classInRoom(open.id())).isEmpty();
        assertThat(classSessions.mapsToShow(open.id())).isEmpty();
        assertThatThrownBy(() -> roomService.start(f.cohort().id(), COURSE, "three-stages"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_presenter_recognises_the_class_students_by_name_and_sees_who_has_answered() {
        SessionSummary session = roomService.start(f.cohort().id(), COURSE, "three-stages");
        accounts.signIn(f.ana());
        audienceService.answer(session.joinCode(), FIRST_BEFORE, "", "4");
        accounts.signIn(f.outsider());
        audienceService.answer(session.joinCode(), FIRST_BEFORE, "", "2");
        accounts.signIn(f.teacher());

        CohortInRoom room = classSessions.classInRoom(session.id()).orElseThrow();

        assertThat(room.answered()).extracting(CohortInRoom.Student::name).containsExactly("Ana Ortiz");
        assertThat(room.notYetAnswered()).extracting(CohortInRoom.Student::name).containsExactly("Ben Brook");
        assertThat(room.answersFromOutside()).isEqualTo(1);
    }

    @Test
    void each_guests_answer_counts_as_one_answer_from_outside_the_class() {
        SessionSummary session = roomService.start(f.cohort().id(), COURSE, "three-stages");
        consoleService.allowGuests(session.id(), true);
        accounts.signInAnonymously();
        for (String name : List.of("Mira", "Noor")) {
            String token = ((GuestJoin.Joined) guests.join(session.joinCode(), name)).token();
            assertThat(guests.answer(session.joinCode(), token, FIRST_BEFORE, "", "3"))
                    .isInstanceOf(AnswerOutcome.Received.class);
        }
        accounts.signIn(f.outsider());
        audienceService.answer(session.joinCode(), FIRST_BEFORE, "", "2");
        accounts.signIn(f.teacher());

        CohortInRoom room = classSessions.classInRoom(session.id()).orElseThrow();

        assertThat(room.answersFromOutside()).isEqualTo(3);
        assertThat(room.answered()).isEmpty();
    }

    @Test
    void picked_prompts_from_two_lessons_are_asked_in_the_chosen_order_and_keep_their_answers_apart() {
        SessionSummary session = roomService.startWithPrompts(f.cohort().id(), COURSE,
                List.of(SECOND_BEFORE, OPEN, FIRST_BEFORE));

        PresenterState state = consoleService.presenterState(session.id());
        assertThat(state.prompts()).extracting(SeminarPrompt::key).containsExactly(SECOND_BEFORE, OPEN, FIRST_BEFORE);
        assertThat(state.lessonTitle().english()).isEqualTo("Prompts from lessons 1 and 2");
        accounts.signIn(f.ana());
        assertThat(audienceService.answer(session.joinCode(), SECOND_BEFORE, "", "5")).isInstanceOf(AnswerOutcome.Received.class);
        accounts.signIn(f.teacher());
        consoleService.next(session.id());
        consoleService.next(session.id());
        accounts.signIn(f.ana());
        assertThat(audienceService.answer(session.joinCode(), FIRST_BEFORE, "", "1")).isInstanceOf(AnswerOutcome.Received.class);
        accounts.signIn(f.teacher());
        assertThat(consoleService.presenterState(session.id()).answers()).singleElement()
                .satisfies(answer -> assertThat(answer.choiceLabel()).isEqualTo("Strongly disagree"));
        consoleService.previous(session.id());
        consoleService.previous(session.id());
        assertThat(consoleService.presenterState(session.id()).answers()).singleElement()
                .satisfies(answer -> assertThat(answer.choiceLabel()).isEqualTo("Strongly agree"));
    }

    @Test
    void picked_prompts_must_be_questions_of_the_course_each_asked_once() {
        assertThatThrownBy(() -> roomService.startWithPrompts(null, COURSE, List.of()))
                .hasMessage("Pick at least one prompt to ask.");
        assertThatThrownBy(() -> roomService.startWithPrompts(null, COURSE, List.of(OPEN, OPEN)))
                .hasMessageContaining("asked once per session");
        assertThatThrownBy(() -> roomService.startWithPrompts(null, COURSE, List.of(OPEN, "three-stages/read-opening")))
                .hasMessageContaining("not questions of");
    }

    @Test
    void the_prompt_list_offers_every_answerable_prompt_of_every_lesson() {
        List<PromptToPick> picks = roomService.promptsToPick(COURSE);

        assertThat(picks).extracting(PromptToPick::promptKey).contains(FIRST_BEFORE, SECOND_BEFORE, OPEN)
                .doesNotContain("three-stages/read-opening");
        assertThat(picks.getFirst().label()).startsWith("L1.1 · ");
    }

    @Test
    void a_student_not_signed_in_as_leader_cannot_start_or_steer_a_class_session() {
        SessionSummary session = roomService.start(f.cohort().id(), COURSE, "three-stages");
        accounts.signIn(f.ana());
        assertThatThrownBy(() -> classSessions.classInRoom(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classSessions.onScreen(session.id())).isInstanceOf(AccessDeniedException.class);
        accounts.signIn(f.otherTeacher());
        assertThatThrownBy(() -> classSessions.classInRoom(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classSessions.showMap(session.id(), "expediency-and-order/argue-not-expediency"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
