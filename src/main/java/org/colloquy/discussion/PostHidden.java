package org.colloquy.discussion;

import java.time.Instant;

/**
 * Published when an instructor hid a post from its author's classmates, in the transaction that hid it.
 *
 * @param postId the post (the student's answer to a discuss prompt)
 * @param authorId who wrote it
 * @param cohortId the class whose discussion it is
 * @param promptKey the discuss prompt ({@code lessonKey/stepKey})
 * @param reason the reason the instructor gave, as she wrote it (plain text, up to 500 characters)
 */
public record PostHidden(long postId, long authorId, long cohortId, String courseKey, String promptKey, String reason,
                         Instant hiddenAt) {
}
