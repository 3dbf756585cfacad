package org.colloquy.discussion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A post as its cohort's instructor sees it: always with the author's name, and its moderation state. */
public record ModeratedPost(long id, String author, String body, Instant postedAt, int revisions, boolean pinned,
                            @Nullable String hiddenReason, List<DiscussionThread.ReplyView> replies) {
}
