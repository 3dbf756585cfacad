package org.colloquy.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.colloquy.IntegrationTest;
import org.colloquy.content.Rubric;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.TestAccounts;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.FeedbackNote;
import org.colloquy.notice.NoticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReviewServiceTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    AnswerService answers;
    @Autowired
    CohortWorkService classWork;
    @Autowired
    ReviewService reviews;
    @Autowired
    NoticeService notices;

    ReviewFixture fixture;

    @BeforeEach
    void twoClasses() {
        fixture = ReviewFixture.create(accounts, cohorts, answers, classWork);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_queue_lists_every_student_of_the_class_with_their_answer() {
        accounts.signIn(fixture.instructorA());

        List<QueueEntry> queue = reviews.queue(fixture.cohortA().id(), ReviewFixture.PROMPT);

        assertThat(queue).singleElement().satisfies(entry -> {
            assertThat(entry.student().id()).isEqualTo(fixture.studentA().id());
            assertThat(entry.status()).isEqualTo(AnswerStatus.SUBMITTED);
            assertThat(entry.response().body()).startsWith("alpha");
            assertThat(entry.feedback()).isEqualTo(FeedbackState.NONE);
        });
    }

    @Test
    void feedback_stays_a_draft_until_released_and_then_the_student_sees_it_with_a_notice() {
        accounts.signIn(fixture.instructorA());
        reviews.saveFeedback(fixture.cohortA().id(), fixture.responseA(), "Good use of paragraph 3.",
                List.of(new CriterionScore("reading", 2, "Accurate.")));

        accounts.signIn(fixture.studentA());
        assertThat(answers.feedbackOnMyAnswer(ReviewFixture.COURSE, ReviewFixture.PROMPT)).isEmpty();
        assertThat(notices.unreadCount()).isZero();

        accounts.signIn(fixture.instructorA());
        assertThat(reviews.release(fixture.cohortA().id(), ReviewFixture.PROMPT)).isEqualTo(1);

        accounts.signIn(fixture.studentA());
        FeedbackNote note = answers.feedbackOnMyAnswer(ReviewFixture.COURSE, ReviewFixture.PROMPT).orElseThrow();
        assertThat(note.comment()).isEqualTo("Good use of paragraph 3.");
        assertThat(note.scores()).containsExactly(new FeedbackNote.Score("reading", 2, "Accurate."));
        assertThat(notices.unreadCount()).isEqualTo(1);
        assertThat(notices.mine().getFirst().message().english()).contains("Three stages of domestic transition");
    }

    @Test
    void scores_keep_the_rubrics_order_of_criteria_and_the_queue_shows_their_total() {
        accounts.signIn(fixture.instructorA());

        FeedbackDetail saved = reviews.saveFeedback(fixture.cohortA().id(), fixture.responseA(), "",
                List.of(new CriterionScore("analysis", 1, ""), new CriterionScore("reading", 2, "")));

        assertThat(saved.scores()).extracting(CriterionScore::criterionKey).containsExactly("reading", "analysis");
        assertThat(reviews.queue(fixture.cohortA().id(), ReviewFixture.PROMPT)).singleElement()
                .satisfies(entry -> assertThat(entry.total()).isEqualTo(new Rubric.Total(3, 4)));
    }

    @Test
    void an_answer_nobody_scored_has_no_total_in_the_queue() {
        accounts.signIn(fixture.instructorA());
        reviews.saveFeedback(fixture.cohortA().id(), fixture.responseA(), "Comment only.", List.of());

        assertThat(reviews.queue(fixture.cohortA().id(), ReviewFixture.PROMPT)).singleElement()
                .satisfies(entry -> assertThat(entry.total()).isNull());
    }

    @Test
    void releasing_twice_tells_nobody_twice() {
        accounts.signIn(fixture.instructorA());
        reviews.saveFeedback(fixture.cohortA().id(), fixture.responseA(), "Fine.", List.of());
        reviews.releaseAll(fixture.cohortA().id());

        assertThat(reviews.releaseAll(fixture.cohortA().id())).isZero();
    }

    @Test
    void rubric_scores_must_match_the_prompts_rubric() {
        accounts.signIn(fixture.instructorA());
        long cohort = fixture.cohortA().id();

        assertThatThrownBy(() -> reviews.saveFeedback(cohort, fixture.responseA(), "",
                List.of(new CriterionScore("made-up", 1, "")))).hasMessageContaining("no criterion made-up");
        assertThatThrownBy(() -> reviews.saveFeedback(cohort, fixture.responseA(), "",
                List.of(new CriterionScore("reading", 7, "")))).hasMessageContaining("no level scoring 7");
    }

    @Test
    void an_over_long_comment_is_refused_with_its_length() {
        accounts.signIn(fixture.instructorA());

        assertThatThrownBy(() -> reviews.saveFeedback(fixture.cohortA().id(), fixture.responseA(), "x".repeat(4001),
                List.of())).hasMessageContaining("4,001 characters; the limit is 4,000");
    }

    @Test
    void a_starred_answer_is_marked_in_the_queue() {
        accounts.signIn(fixture.instructorA());
        reviews.setStarred(fixture.cohortA().id(), fixture.responseA(), true);

        assertThat(reviews.queue(fixture.cohortA().id(), ReviewFixture.PROMPT).getFirst().starred()).isTrue();
    }

    @Test
    void comments_are_stored_as_the_text_typed() {
        accounts.signIn(fixture.instructorA());
        String markup = "<script>alert('x')</script> & <b>bold</b>";
        reviews.saveFeedback(fixture.cohortA().id(), fixture.responseA(), markup, List.of());

        assertThat(reviews.feedback(fixture.cohortA().id(), fixture.responseA()).comment()).isEqualTo(markup);
    }
}
