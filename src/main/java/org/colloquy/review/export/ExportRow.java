package org.colloquy.review.export;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.colloquy.content.Rubric;
import org.colloquy.review.CriterionScore;

/**
 * One answer as the exports write it: who wrote it, where in the course, what they wrote, and the instructor's
 * feedback on it. {@code positionBefore} and {@code positionAfter} are the scale labels the student chose for the
 * claim of a position prompt at the start and at the end of its lesson, on both of that claim's rows. {@code scores}
 * are in the rubric's order of criteria; {@code rubricTotal} is absent while nothing is scored. {@code dueAt} is when
 * the lesson was due for the student (her extension included), absent without a due date; {@code late} says the
 * answer was last submitted after it (decision 0045). A live answer (given in a live session of the class, decision
 * 0046) has {@code liveSessionStartedAt}, its status is {@code live}, its time the moment it was answered, and it
 * carries no feedback, due date or late flag.
 */
record ExportRow(
        String student,
        String username,
        String cohort,
        String courseKey,
        String lessonKey,
        String lessonTitle,
        String promptKey,
        String stepKind,
        String contentVersion,
        String text,
        int wordCount,
        @Nullable Instant submittedAt,
        int submissions,
        @Nullable String choice,
        @Nullable String positionBefore,
        @Nullable String positionAfter,
        List<CriterionScore> scores,
        Rubric.@Nullable Total rubricTotal,
        String feedbackComment,
        boolean feedbackReleased,
        @Nullable Instant dueAt,
        boolean late,
        @Nullable Instant liveSessionStartedAt) {

    ExportRow {
        scores = List.copyOf(scores);
    }

    String status() {
        if (liveSessionStartedAt != null) {
            return "live";
        }
        return submittedAt != null ? "submitted" : "draft";
    }
}
