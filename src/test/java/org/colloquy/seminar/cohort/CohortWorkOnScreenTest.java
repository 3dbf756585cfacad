package org.colloquy.seminar.cohort;

import org.colloquy.base.Author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.TestAccounts;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.argument.Side;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.screen.ScreenService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SeminarEvent;
import org.colloquy.seminar.session.SeminarEvents;
import org.colloquy.seminar.session.SessionSummary;
import java.util.Collections;

/** The leader brings a starred answer and the class's argument map onto the projector, never with a name. */
@IntegrationTest
class CohortWorkOnScreenTest {

    static final String COURSE = CohortSessionFixture.COURSE;
    static final String OPEN = "three-stages/respond-balance";
    static final String MAP = "expediency-and-order/argue-not-expediency";
    static final String ANAS_ANSWER = "The third stage must balance a strong state and the market: "
            + String.join(" ", Collections.nCopies(80, "balance"));

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ConsoleService consoleService;
    @Autowired
    LiveSessionService roomService;
    @Autowired
    ScreenService screenService;
    @Autowired
    CohortSessionService classSessions;
    @Autowired
    AnswerService lessonAnswers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    ArgumentMapService maps;
    @Autowired
    SeminarEvents events;

    CohortSessionFixture f;
    SessionSummary session;
    long anasResponse;

    @BeforeEach
    void aStarredAnswerAndASessionOnItsPrompt() {
        f = CohortSessionFixture.create(accounts, cohorts);
        accounts.signIn(f.ana());
        lessonAnswers.submit(COURSE, OPEN, ANAS_ANSWER, null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(f.ben());
        lessonAnswers.submit(COURSE, OPEN, "Nobody starred this: " + String.join(" ",
                Collections.nCopies(80, "plain")), null, AnswerSnapshot.NONE_SAVED);
        accounts.signIn(f.teacher());
        anasResponse = classWork.responsesTo(f.cohort().id(), OPEN).stream()
                .filter(response -> response.userId() == f.ana().id()).findFirst().orElseThrow().responseId();
        reviews.setStarred(f.cohort().id(), anasResponse, true);
        session = roomService.startWithPrompts(f.cohort().id(), COURSE, List.of(OPEN, "three-stages/position-after"));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_presenter_lists_answers_starred_in_review_for_the_prompt_on_screen_without_names() {
        assertThat(classSessions.starredForPromptOnScreen(session.id()))
                .containsExactly(new StarredAnswer(anasResponse, ANAS_ANSWER, 0));
        consoleService.next(session.id());
        assertThat(classSessions.starredForPromptOnScreen(session.id())).isEmpty();
    }

    @Test
    void a_brought_in_answer_reaches_the_projector_as_text_only_until_the_leader_moves_on() {
        classSessions.bringIn(session.id(), anasResponse);

        CohortOnScreen onScreen = classSessions.onScreen(session.id());
        assertThat(onScreen.broughtIn()).isEqualTo(new StarredAnswer(anasResponse, ANAS_ANSWER, 0));
        assertThat(onScreen.toString()).doesNotContain("Ana Ortiz").doesNotContain(f.ana().username());
        assertThat(screenService.projectorState(session.id()).toString()).doesNotContain("Ana Ortiz");

        consoleService.next(session.id());
        assertThat(classSessions.onScreen(session.id()).broughtIn()).isNull();
    }

    @Test
    void an_answer_unstarred_meanwhile_leaves_the_projector_and_an_unstarred_one_cannot_be_brought_in() {
        long bensResponse = classWork.responsesTo(f.cohort().id(), OPEN).stream()
                .filter(response -> response.userId() == f.ben().id()).findFirst().orElseThrow().responseId();
        assertThatThrownBy(() -> classSessions.bringIn(session.id(), bensResponse))
                .hasMessage("That answer is not starred for the prompt on screen.");

        classSessions.bringIn(session.id(), anasResponse);
        reviews.setStarred(f.cohort().id(), anasResponse, false);

        assertThat(classSessions.onScreen(session.id()).broughtIn()).isNull();
    }

    @Test
    void stars_given_in_another_class_are_not_offered() {
        accounts.signIn(f.otherTeacher());
        SessionSummary other = roomService.startWithPrompts(f.otherCohort().id(), COURSE, List.of(OPEN));

        assertThat(classSessions.starredForPromptOnScreen(other.id())).isEmpty();
        assertThatThrownBy(() -> classSessions.bringIn(other.id(), anasResponse))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_class_argument_map_goes_on_the_projector_without_authors_and_follows_new_reasons() {
        assertThat(classSessions.mapsToShow(session.id())).extracting(MapToShow::promptKey).contains(MAP);
        classSessions.showMap(session.id(), MAP);
        int[] changes = {0};
        SeminarEvents.Subscription subscription = events.subscribe(session.id(),
                event -> event instanceof SeminarEvent.ClassMapChanged, () -> changes[0]++);
        try {
            accounts.signIn(f.ana());
            maps.addReason(COURSE, MAP, Side.FOR, "Shared history, as p6 says.", List.of("p6"));
            accounts.signIn(f.teacher());

            CohortOnScreen onScreen = classSessions.onScreen(session.id());
            assertThat(onScreen.map()).isNotNull();
            assertThat(onScreen.map().reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.body()).isEqualTo("Shared history, as p6 says.");
                assertThat(reason.author()).isEqualTo(Author.nobody());
            });
            assertThat(changes[0]).as("the projector is told (the test profile pushes without a batch window)")
                    .isPositive();
        } finally {
            subscription.cancel();
        }
        classSessions.hideMap(session.id());
        assertThat(classSessions.onScreen(session.id()).map()).isNull();
    }

    @Test
    void an_unknown_map_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> classSessions.showMap(session.id(), "three-stages/respond-balance"))
                .hasMessageContaining("has no argument map");
    }
}
