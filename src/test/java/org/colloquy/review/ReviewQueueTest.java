package org.colloquy.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.colloquy.identity.Role;
import org.colloquy.identity.UserRef;
import org.junit.jupiter.api.Test;

/** Blind grading's numbers and the drafts waiting for release, as the review queue works them out for its view. */
class ReviewQueueTest {

    @Test
    void in_blind_grading_every_student_has_her_own_number_and_the_numbers_follow_neither_ids_nor_the_list() {
        List<QueueEntry> entries = LongStream.rangeClosed(1, 12).mapToObj(id -> entry(id, FeedbackState.NONE)).toList();

        ReviewQueue queue = ReviewQueue.of(entries);

        List<Integer> numbers = entries.stream().map(entry -> queue.blindNumber(entry.student())).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 12).mapToObj(n -> (int) n).toList());
        assertThat(numbers).as("student 1 is not number 1, and so on").isNotEqualTo(
                LongStream.rangeClosed(1, 12).mapToObj(n -> (int) n).toList());
    }

    @Test
    void a_student_keeps_her_number_when_the_queue_is_read_again_in_another_order() {
        List<QueueEntry> entries = LongStream.rangeClosed(20, 29).mapToObj(id -> entry(id, FeedbackState.NONE)).toList();
        ReviewQueue first = ReviewQueue.of(entries);
        ReviewQueue again = ReviewQueue.of(entries.reversed());

        for (QueueEntry entry : entries) {
            assertThat(again.blindNumber(entry.student())).isEqualTo(first.blindNumber(entry.student()));
        }
        assertThat(first.blindNumber(entry(99, FeedbackState.NONE).student())).as("not in this queue").isZero();
    }

    @Test
    void only_feedback_drafts_wait_to_be_released() {
        ReviewQueue queue = ReviewQueue.of(List.of(entry(1, FeedbackState.DRAFT), entry(2, FeedbackState.RELEASED),
                entry(3, FeedbackState.NONE), entry(4, FeedbackState.DRAFT)));

        assertThat(queue.waitingDrafts()).isEqualTo(2);
        assertThat(ReviewQueue.of(List.of()).waitingDrafts()).isZero();
    }

    private static QueueEntry entry(long id, FeedbackState feedback) {
        return new QueueEntry(new UserRef(id, "student-" + id, "Student " + id, Set.of(Role.STUDENT)), null,
                AnswerStatus.NOT_STARTED, feedback, false, null);
    }
}
