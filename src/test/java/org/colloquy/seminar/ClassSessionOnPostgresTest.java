package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.colloquy.PostgresIntegrationTest;
import org.colloquy.account.CohortService;
import org.colloquy.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Migration V6 and the class session's own queries (stored prompt order, answers counted per session) on PostgreSQL. */
@PostgresIntegrationTest
class ClassSessionOnPostgresTest {

    static final String COURSE = ClassSessionFixture.COURSE;
    static final String SECOND_BEFORE = "international-milieu/position-before";
    static final String FIRST_BEFORE = "three-stages/position-before";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    SeminarService seminars;
    @Autowired
    LiveResultsService results;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void a_class_session_of_picked_prompts_keeps_their_order_and_its_answers_on_postgresql() {
        ClassSessionFixture f = ClassSessionFixture.create(accounts, cohorts);
        SessionSummary session = seminars.startWithPrompts(f.cohort().id(), COURSE, List.of(SECOND_BEFORE, FIRST_BEFORE));
        accounts.signIn(f.ana());
        seminars.answer(session.joinCode(), SECOND_BEFORE, "", "5");
        accounts.signIn(f.ben());
        seminars.answer(session.joinCode(), SECOND_BEFORE, "", "1");
        accounts.signIn(f.teacher());

        assertThat(seminars.presenterState(session.id()).prompts()).extracting(SeminarPrompt::key)
                .containsExactly(SECOND_BEFORE, FIRST_BEFORE);
        assertThat(results.sessionsOf(f.cohort().id())).singleElement().satisfies(summary -> {
            assertThat(summary.answerCount()).isEqualTo(2);
            assertThat(summary.peopleAnswering()).isEqualTo(2);
        });
        assertThat(results.results(f.cohort().id(), session.id()).prompts().getFirst().answers())
                .extracting(LiveResult::answer).containsExactly("Strongly agree", "Strongly disagree");
    }
}
