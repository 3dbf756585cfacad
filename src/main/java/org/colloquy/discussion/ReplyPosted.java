package org.colloquy.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when a student, or the class's instructor, replied to a post in the class's discussion of a prompt, in
 * the transaction that stored the reply, whoever wrote the post (the replier's own included).
 *
 * @param replyId the reply
 * @param postId the post replied to
 * @param postAuthorId who wrote the post
 * @param replierId who wrote the reply
 * @param replierName the replier's name as her classmates see it; {@code null} where the discussion hides names from
 *                    peers (never for an instructor's reply)
 * @param promptKey the discuss prompt ({@code lessonKey/stepKey})
 * @param byInstructor whether the class's instructor wrote the reply, as its instructor
 */
public record ReplyPosted(long replyId, long postId, long postAuthorId, long replierId, @Nullable String replierName,
                          String courseKey, String promptKey, Instant postedAt, boolean byInstructor) {
}
