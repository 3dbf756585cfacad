package org.colloquy.review;

import java.util.List;
import org.colloquy.content.Rubric;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.seminar.results.ClassLiveAnswer;
import org.jspecify.annotations.Nullable;

/**
 * One student's place in the review queue of a prompt; {@code total} is the rubric total of the feedback, absent while
 * nothing is scored or the prompt has no rubric. {@code live} are her answers to the same prompt in the class's live
 * sessions, oldest first: shown beside her lesson answer, marked as live, never graded (decision 0046).
 */
public record QueueEntry(UserRef student, @Nullable StudentAnswer response, AnswerStatus status,
                         FeedbackState feedback, boolean starred, Rubric.@Nullable Total total,
                         List<ClassLiveAnswer> live) {

    public QueueEntry {
        live = List.copyOf(live);
    }

    public QueueEntry(UserRef student, @Nullable StudentAnswer response, AnswerStatus status, FeedbackState feedback,
                      boolean starred, Rubric.@Nullable Total total) {
        this(student, response, status, feedback, starred, total, List.of());
    }
}
