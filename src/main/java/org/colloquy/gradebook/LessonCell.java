package org.colloquy.gradebook;

import org.colloquy.lesson.LessonStatus;
import org.jspecify.annotations.Nullable;

/**
 * One student in one lesson. {@code checksCorrect} counts her submitted checks whose option is right.
 * {@code rubricPoints} adds up every rubric score her answers got (graders see drafts too), null while none is
 * scored; {@code releasedRubricPoints} only those she can see; {@code unreleased} says some are not released yet.
 * {@code liveAnswers} counts her answers to the lesson's prompts in the class's live sessions (never graded).
 * {@code late} says the schedule feature found an answer of the lesson submitted after her due time (her extension
 * included); a lesson without a due date is never late.
 *
 * <p>A per-lesson fact the gradebook learns later is one more field here, filled in {@link GradebookRows#cell}, and
 * one more {@link GradebookColumn} (decision 0046).
 */
public record LessonCell(LessonColumn lesson, LessonStatus completion, int checksCorrect,
                         @Nullable Integer rubricPoints, int releasedRubricPoints, boolean unreleased,
                         int liveAnswers, boolean late) {

    public Score checks() {
        return new Score(checksCorrect, lesson.checks());
    }

    /** The rubric points out of the lesson's rubric maximum; null while nothing is scored. */
    public @Nullable Score rubric() {
        return rubricPoints == null ? null : new Score(rubricPoints, lesson.rubricMax());
    }

    /** What the grader sees: checks right plus every rubric score, released or not. */
    public Score points() {
        return new Score(checksCorrect + (rubricPoints == null ? 0 : rubricPoints), lesson.maxPoints());
    }

    /** What the student may already know: checks right plus released rubric scores (the LMS downloads). */
    public Score releasedPoints() {
        return new Score(checksCorrect + releasedRubricPoints, lesson.maxPoints());
    }

    /** Whether she has done anything in the lesson: started it, answered a check, been graded or answered live. */
    public boolean started() {
        return completion != LessonStatus.NOT_STARTED || checksCorrect > 0 || rubricPoints != null || liveAnswers > 0;
    }
}
