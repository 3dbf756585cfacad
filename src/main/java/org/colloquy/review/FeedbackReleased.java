package org.colloquy.review;

import java.time.Instant;

/**
 * Published when an instructor released her feedback on one student's answer: from now on the student sees it.
 * Published in the transaction that released it, once per answer, however the release was asked for (one prompt or
 * the whole class).
 *
 * @param studentId the student whose answer it is
 * @param responseId her answer
 * @param cohortId the class the instructor released it to
 * @param courseKey the course of that class
 * @param promptKey the prompt the answer answers ({@code lessonKey/stepKey})
 */
public record FeedbackReleased(long studentId, long responseId, long cohortId, String courseKey, String promptKey,
                               Instant releasedAt) {
}
