package org.colloquy.discussion;

import java.time.Instant;
import org.colloquy.base.Author;

/**
 * A post or reply of a cohort's discussion as its instructors see it, with the author's name, for views that
 * look across all prompts (such as the reading's heat map). Deleted posts and replies are not among them.
 */
public record DiscussionContribution(boolean reply, String promptKey, Author author, String body, Instant writtenAt,
                                     boolean hidden) {
}
