package org.colloquy.gradebook;

/**
 * The facts the gradebook shows for one lesson, in the order the page shows them when one lesson is chosen. The page
 * names each in the reader's language ({@code gradebook.column.<name>}) and writes its value with
 * {@code GradebookTexts}. A new per-lesson fact is one more constant here and one more field of {@link LessonCell}
 * (decision 0046); LATE is the schedule feature's late flag.
 */
public enum GradebookColumn {
    COMPLETION, CHECKS, RUBRIC, LIVE, LATE, POINTS
}
