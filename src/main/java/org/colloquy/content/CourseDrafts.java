package org.colloquy.content;

import java.util.Optional;

/**
 * Courses not yet published, as the course studio keeps them (decision 0042): a lesson preview reads a draft through
 * this port, since a draft is not in the {@link CourseCatalog}. The studio implements it and answers only a draft's
 * owner (or an admin); anyone else gets nothing, as if there were no such draft.
 */
public interface CourseDrafts {

    /** The course the draft's files make, checked as strictly as at start-up; empty if it has problems or is not hers. */
    Optional<Course> draftCourse(long draftId);
}
