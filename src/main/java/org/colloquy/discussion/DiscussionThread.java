package org.colloquy.discussion;

import java.time.Instant;
import java.util.List;
import org.colloquy.base.Author;
import org.jspecify.annotations.Nullable;

/**
 * What a student sees of a discussion after posting: every post of her classmates, with replies and helpful
 * marks. Authors are names, or numbered classmates where the prompt is anonymous to peers; never an id.
 */
public record DiscussionThread(boolean anonymous, boolean locked, List<Post> posts) {

    /**
     * {@code hiddenReason} is only ever set on the author's own post: hidden posts do not reach anyone else.
     * A {@code deleted} post has no author and no body: it is only kept in the thread for the replies under it.
     */
    public record Post(long id, Author author, boolean mine, String body, Instant postedAt, int helpful,
                       boolean markedHelpfulByMe, boolean pinned, @Nullable String hiddenReason,
                       List<ReplyView> replies, boolean deleted) {
    }

    /**
     * {@code deleted} is only ever true for instructors: a deleted reply reaches no student. {@code byInstructor}: the
     * class's instructor wrote it, as its instructor, and it is shown so.
     */
    public record ReplyView(long id, Author author, boolean mine, String body, Instant repliedAt, boolean deleted,
                            boolean byInstructor) {
    }
}
