package org.colloquy.lesson;

import java.time.Instant;

/** Published after a student submits an answer, for features that react to student work. */
public record AnswerSubmitted(long userId, String courseKey, String promptKey, int submissionNumber,
                                Instant submittedAt) {
}
