package org.colloquy.discussion;

import java.time.Instant;
import java.util.List;

/**
 * What a student sees of a discussion after posting: every post of her classmates, with replies and helpful
 * marks. Authors are names, or "Classmate N" where the prompt is anonymous to peers; never an id.
 */
public record DiscussionThread(boolean anonymous, List<Post> posts) {

    public record Post(long id, String author, boolean mine, String body, Instant postedAt, int helpful,
                       boolean markedHelpfulByMe, List<ReplyView> replies) {
    }

    public record ReplyView(String author, boolean mine, String body, Instant repliedAt) {
    }
}
