package org.colloquy.studio;

import org.colloquy.content.CourseCheck;
import org.colloquy.studio.draft.DraftCourse;

/** A draft opened by its owner: what the list shows, its files, and what the strict loader makes of them. */
public record OpenedDraft(DraftSummary summary, DraftCourse course, CourseCheck check) {

    public long id() {
        return summary.id();
    }

    public long version() {
        return summary.version();
    }
}
