package org.colloquy.heatmap;

import org.colloquy.base.Author;
import org.colloquy.argument.Side;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a cohort's work that cites a paragraph: a discussion post or reply, a reason on an argument map, or
 * a lesson answer. {@code author} is the name (only the cohort's instructors receive these), or a stand-in for
 * someone who left; {@code where} names the prompt; {@code hidden} marks a post hidden from the class, {@code side}
 * the side a reason argues; {@code promptKey} the prompt it belongs to, where the
 * instructor opens it (the discussion, the argument map or the grading queue, by kind).
 */
public record CitingWork(Kind kind, Author author, String where, boolean hidden, @Nullable Side side, String text,
                         String promptKey) {

    public enum Kind {
        POST, REPLY, REASON, ANSWER;

        public boolean isDiscussion() {
            return this == POST || this == REPLY;
        }
    }
}
