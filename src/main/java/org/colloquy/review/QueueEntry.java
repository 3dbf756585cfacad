package org.colloquy.review;

import org.colloquy.identity.UserRef;
import org.colloquy.lesson.StudentAnswer;
import org.jspecify.annotations.Nullable;

/** One student's place in the review queue of a prompt. */
public record QueueEntry(UserRef student, @Nullable StudentAnswer response, AnswerStatus status,
                         FeedbackState feedback, boolean starred) {
}
