package org.colloquy.gradebook;

import java.util.List;
import org.colloquy.cohort.CohortRef;

/**
 * A class's gradebook: its lessons in the course's order, one row per student (in the class's order, by name), and
 * the class total: every student's points added up, out of every student's most.
 */
public record Gradebook(CohortRef cohort, String courseTitle, List<LessonColumn> lessons, List<GradebookRow> rows) {

    public Gradebook {
        lessons = List.copyOf(lessons);
        rows = List.copyOf(rows);
    }

    public Score classTotal() {
        return rows.stream().map(GradebookRow::total).reduce(Score.NONE, Score::plus);
    }

    /** How many students finished this lesson. */
    public long done(String lessonKey) {
        return rows.stream().filter(row -> row.lesson(lessonKey).completion()
                == org.colloquy.lesson.LessonStatus.DONE).count();
    }
}
