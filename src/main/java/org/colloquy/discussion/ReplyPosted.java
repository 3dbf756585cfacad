package org.colloquy.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when a student replied to a post in her class's discussion of a prompt, in the transaction that stored
 * the reply, whoever wrote the post (her own included).
 *
 * @param replyId the reply
 * @param postId the post replied to
 * @param postAuthorId who wrote the post
 * @param replierId who wrote the reply
 * @param replierName the replier's name as her classmates see it; {@code null} where the discussion hides names from
 *                    peers
 * @param promptKey the discuss prompt ({@code lessonKey/stepKey})
 */
public record ReplyPosted(long replyId, long postId, long postAuthorId, long replierId, @Nullable String replierName,
                          String courseKey, String promptKey, Instant postedAt) {
}
