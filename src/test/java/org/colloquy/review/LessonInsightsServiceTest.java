package org.colloquy.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.colloquy.IntegrationTest;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.Role;
import org.colloquy.identity.TestAccounts;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.AnswerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LessonInsightsServiceTest {

    private static final String COURSE = "sino-russian-relations";

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    LessonInsightsService insights;
    @Autowired
    PassageEngagementService engagement;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void positions_show_the_distribution_before_and_after_and_who_moved_which_way() {
        UserRef instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort(COURSE, "Insights");
        student(cohort, "4", "2", "b");
        student(cohort, "2", "4", "a");
        student(cohort, "3", "3", "b");
        accounts.signIn(instructor);

        LessonInsights result = insights.insights(cohort.id(), "three-stages");

        LessonInsights.PositionInsight position = result.positions().getFirst();
        assertThat(position.before()).containsExactly(0, 1, 1, 1, 0);
        assertThat(position.after()).containsExactly(0, 1, 1, 1, 0);
        assertThat(position.movedTowardAgree()).isEqualTo(1);
        assertThat(position.movedTowardDisagree()).isEqualTo(1);
        assertThat(position.stayed()).isEqualTo(1);
        LessonInsights.CheckInsight check = result.checks().getFirst();
        assertThat(check.answered()).isEqualTo(3);
        assertThat(check.options()).extracting(LessonInsights.OptionShare::chosen).startsWith(1, 2);
        assertThat(check.options().get(1).percentOf(check.answered())).isEqualTo(67);
    }

    @Test
    void the_passage_view_counts_answers_on_the_prompts_that_cite_each_paragraph() {
        UserRef instructor = accounts.signInNew("instructor", Role.INSTRUCTOR);
        CohortRef cohort = cohorts.createCohort(COURSE, "Passages");
        student(cohort, "4", "2", "b");
        accounts.signIn(instructor);

        PassageEngagement result = engagement.engagement(cohort.id());

        PassageEngagement.Row p2 = result.paragraphs().stream()
                .filter(row -> row.paragraph().id().equals("p2")).findFirst().orElseThrow();
        assertThat(p2.prompts()).isPositive();
        assertThat(p2.answers()).isEqualTo(1);
        assertThat(result.paragraphs()).hasSize(18);
    }

    private void student(CohortRef cohort, String before, String after, String check) {
        accounts.signInNew("student", Role.STUDENT);
        cohorts.join(cohort.joinCode());
        answers.submit(COURSE, "three-stages/position-before", "A reason.", before, AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, "three-stages/position-after", "Another reason.", after, AnswerSnapshot.NONE_SAVED);
        answers.submit(COURSE, "three-stages/check-second-stage", "", check, AnswerSnapshot.NONE_SAVED);
    }

}
