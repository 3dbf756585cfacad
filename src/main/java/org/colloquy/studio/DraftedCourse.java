package org.colloquy.studio;

import org.colloquy.content.CourseCheck;
import org.colloquy.studio.draft.DraftCourse;

/** A drafted course's files, and what the strict loader makes of them: the course to outline, or its problems. */
public record DraftedCourse(DraftCourse draft, CourseCheck check) {
}
