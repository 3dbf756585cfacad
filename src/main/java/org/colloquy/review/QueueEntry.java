package org.colloquy.review;

import org.colloquy.identity.UserRef;
import org.colloquy.lesson.StudentResponse;
import org.jspecify.annotations.Nullable;

/** One student's place in the review queue of a prompt. */
public record QueueEntry(UserRef student, @Nullable StudentResponse response, ResponseStatus status,
                         FeedbackState feedback, boolean starred) {
}
