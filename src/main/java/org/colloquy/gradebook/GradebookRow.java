package org.colloquy.gradebook;

import java.util.List;
import org.colloquy.identity.UserRef;

/** One student of the class: a cell per lesson, in the course's order, and her total over the whole course. */
public record GradebookRow(UserRef student, List<LessonCell> lessons) {

    public GradebookRow {
        lessons = List.copyOf(lessons);
    }

    public LessonCell lesson(String lessonKey) {
        return lessons.stream().filter(cell -> cell.lesson().key().equals(lessonKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonKey + " in this gradebook"));
    }

    /** Every lesson's points (drafted rubric scores included) out of every lesson's most. */
    public Score total() {
        return lessons.stream().map(LessonCell::points).reduce(Score.NONE, Score::plus);
    }

    /** Every lesson's released points out of every lesson's most. */
    public Score releasedTotal() {
        return lessons.stream().map(LessonCell::releasedPoints).reduce(Score.NONE, Score::plus);
    }

    public long lessonsDone() {
        return lessons.stream().filter(cell -> cell.completion() == org.colloquy.lesson.LessonStatus.DONE).count();
    }

    /** How many of her lessons were handed in late (an answer submitted after her due time). */
    public long lateCount() {
        return lessons.stream().filter(LessonCell::late).count();
    }

    public boolean hasUnreleased() {
        return lessons.stream().anyMatch(LessonCell::unreleased);
    }
}
