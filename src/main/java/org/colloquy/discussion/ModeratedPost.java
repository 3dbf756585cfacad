package org.colloquy.discussion;

import java.time.Instant;
import java.util.List;
import org.colloquy.base.Author;
import org.colloquy.base.SearchText;
import org.colloquy.lesson.SubmissionRecord;
import org.jspecify.annotations.Nullable;

/**
 * A post as its cohort's instructor sees it: always with the author's name, its moderation state, every version
 * its author submitted (the last one is {@code body}), and when its author deleted it, if she did.
 */
public record ModeratedPost(long id, Author author, String body, Instant postedAt, List<SubmissionRecord> versions,
                            boolean pinned, @Nullable String hiddenReason, @Nullable Instant deletedAt,
                            List<DiscussionThread.ReplyView> replies) {

    public int revisions() {
        return versions.size();
    }

    /** Whether the post, its author's name or a reply holds the text, in any script and case. */
    public boolean mentions(String text) {
        String needle = SearchText.folded(text.strip());
        return needle.isEmpty() || SearchText.contains(author.name(), needle) || SearchText.contains(body, needle)
                || replies.stream().anyMatch(reply -> SearchText.contains(reply.body(), needle));
    }
}
