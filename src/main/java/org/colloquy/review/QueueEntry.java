package org.colloquy.review;

import org.colloquy.content.Rubric;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.StudentAnswer;
import org.jspecify.annotations.Nullable;

/**
 * One student's place in the review queue of a prompt; {@code total} is the rubric total of the feedback, absent while
 * nothing is scored or the prompt has no rubric.
 */
public record QueueEntry(UserRef student, @Nullable StudentAnswer response, AnswerStatus status,
                         FeedbackState feedback, boolean starred, Rubric.@Nullable Total total) {
}
