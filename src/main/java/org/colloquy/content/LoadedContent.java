package org.colloquy.content;

import java.util.List;

/** What a content folder holds: the courses that passed every check, and the ones held back with their problems. */
public record LoadedContent(List<Course> courses, List<HeldBackCourse> heldBack) {

    public LoadedContent {
        courses = List.copyOf(courses);
        heldBack = List.copyOf(heldBack);
    }

    /** Every problem of every held-back course, in file and line order. */
    public List<ContentProblem> problems() {
        return heldBack.stream().flatMap(course -> course.problems().stream()).toList();
    }
}
