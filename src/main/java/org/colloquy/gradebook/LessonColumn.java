package org.colloquy.gradebook;

/**
 * A lesson as the gradebook counts it: its number in the course, how many checks it asks and the most its rubrics
 * give. A lesson's points are the checks answered right plus the rubric points, out of {@link #maxPoints()}.
 */
public record LessonColumn(int number, String key, String title, int checks, int rubricMax) {

    public int maxPoints() {
        return checks + rubricMax;
    }

    public boolean hasRubric() {
        return rubricMax > 0;
    }
}
