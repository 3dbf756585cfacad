package org.colloquy.seminar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.colloquy.PostgresIntegrationTest;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.colloquy.seminar.audience.AudienceService;
import org.colloquy.seminar.console.ConsoleService;
import org.colloquy.seminar.results.LiveResult;
import org.colloquy.seminar.results.LiveResultsService;
import org.colloquy.seminar.session.LiveSessionService;
import org.colloquy.seminar.session.SeminarPrompt;
import org.colloquy.seminar.session.SessionSummary;

/** Migration V6 and the class session's own queries (stored prompt order, answers counted per session) on PostgreSQL. */
@PostgresIntegrationTest
class CohortSessionOnPostgresTest {

    static final String COURSE = CohortSessionFixture.COURSE;
    static final String SECOND_BEFORE = "international-milieu/position-before";
    static final String FIRST_BEFORE = "three-stages/position-before";

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

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_class_session_of_picked_prompts_keeps_their_order_and_its_answers_on_postgresql() {
        CohortSessionFixture f = CohortSessionFixture.create(accounts, cohorts);
        SessionSummary session = roomService.startWithPrompts(f.cohort().id(), COURSE, List.of(SECOND_BEFORE, FIRST_BEFORE));
        accounts.signIn(f.ana());
        audienceService.answer(session.joinCode(), SECOND_BEFORE, "", "5");
        accounts.signIn(f.ben());
        audienceService.answer(session.joinCode(), SECOND_BEFORE, "", "1");
        accounts.signIn(f.teacher());

        assertThat(consoleService.presenterState(session.id()).prompts()).extracting(SeminarPrompt::key)
                .containsExactly(SECOND_BEFORE, FIRST_BEFORE);
        assertThat(results.sessionsOf(f.cohort().id())).singleElement().satisfies(summary -> {
            assertThat(summary.answerCount()).isEqualTo(2);
            assertThat(summary.peopleAnswering()).isEqualTo(2);
        });
        assertThat(results.results(f.cohort().id(), session.id()).prompts().getFirst().answers())
                .extracting(LiveResult::answer).containsExactly("Strongly agree", "Strongly disagree");
    }
}
