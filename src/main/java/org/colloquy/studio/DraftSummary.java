package org.colloquy.studio;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A kept draft as its list shows it: its number, course key and title, the essay it came from (a file name or the
 * essay's title, if any), when it was last saved or published, and its version (a save must name the version it
 * changes, decision 0042).
 */
public record DraftSummary(long id, String courseKey, String title, @Nullable String essaySource, Instant updatedAt,
                           @Nullable Instant publishedAt, long version) {

    static DraftSummary of(Draft draft) {
        return new DraftSummary(draft.id(), draft.courseKey(), draft.title(), draft.essaySource(), draft.updatedAt(),
                draft.publishedAt(), draft.version());
    }
}
