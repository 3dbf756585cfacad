package org.colloquy.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gradebook as a CSV for another gradebook's import (decision 0046; the columns are described in
 * docs/gradebook.md). One grade item per lesson, named {@code Lesson N: title}, worth its checks answered right plus
 * its released rubric points; an empty cell for a lesson the student has not started, so that an import leaves it
 * alone. Drafted rubric scores are left out: an LMS shows grades to students, and these are not released yet.
 */
public enum GradebookFormat {

    /**
     * Moodle's CSV grade import: an identifier column ({@code Username}, mapped to the user field username) and one
     * column per grade item; the full name is there for the person checking the preview. A last column,
     * {@code Late work}, names the lessons handed in late ({@code Lesson 2; Lesson 3}): Moodle's import maps every
     * column to a grade item, to feedback, or to nothing (its default), so it imports only if someone asks it to.
     */
    MOODLE("moodle") {
        @Override
        List<List<String>> header(Gradebook gradebook) {
            return List.of(lessonsThenLateWork(gradebook, "Full name"));
        }

        @Override
        List<String> row(Gradebook gradebook, GradebookRow row) {
            List<String> values = new ArrayList<>(List.of(row.student().displayName(), row.student().username()));
            row.lessons().forEach(cell -> values.add(points(cell)));
            values.add(row.lessons().stream().filter(LessonCell::late)
                    .map(cell -> "Lesson " + cell.lesson().number()).collect(Collectors.joining("; ")));
            return values;
        }
    },

    /**
     * Canvas's gradebook import: {@code Student, ID, SIS User ID, SIS Login ID, Section}, then one column per
     * assignment, and a {@code Points Possible} row under the header. Canvas's own ids are not known here: students
     * are matched by their SIS login id, the username. No late column: Canvas ignores only its own read-only
     * columns (such as {@code Current Score}) and offers to make an assignment of any other, so the late work has a
     * download of its own, {@link #LATE_WORK}.
     */
    CANVAS("canvas") {
        @Override
        List<List<String>> header(Gradebook gradebook) {
            List<String> names = new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"));
            List<String> possible = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
            gradebook.lessons().forEach(lesson -> {
                names.add(itemName(lesson));
                possible.add(Integer.toString(lesson.maxPoints()));
            });
            return List.of(names, possible);
        }

        @Override
        List<String> row(Gradebook gradebook, GradebookRow row) {
            List<String> values = new ArrayList<>(List.of(row.student().displayName(), "", "",
                    row.student().username(), gradebook.cohort().name()));
            row.lessons().forEach(cell -> values.add(points(cell)));
            return values;
        }
    },

    /**
     * Not an import: which work came late, for the instructor's records beside an LMS that takes no extra column.
     * {@code Student, Username}, one column per lesson ({@code late} or empty) and {@code Late work}, how many.
     */
    LATE_WORK("late-work") {
        @Override
        List<List<String>> header(Gradebook gradebook) {
            return List.of(lessonsThenLateWork(gradebook, "Student"));
        }

        @Override
        List<String> row(Gradebook gradebook, GradebookRow row) {
            List<String> values = new ArrayList<>(List.of(row.student().displayName(), row.student().username()));
            row.lessons().forEach(cell -> values.add(cell.late() ? "late" : ""));
            values.add(Long.toString(row.lateCount()));
            return values;
        }
    };

    /** CSV in UTF-8, as the downloads are written. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final String id;

    GradebookFormat(String id) {
        this.id = id;
    }

    /** The format's name in file names and element ids. */
    public String id() {
        return id;
    }

    /** The rows above the students'. */
    abstract List<List<String>> header(Gradebook gradebook);

    abstract List<String> row(Gradebook gradebook, GradebookRow row);

    /** {@code nameColumn, Username}, a column per lesson, then {@code Late work}. */
    private static List<String> lessonsThenLateWork(Gradebook gradebook, String nameColumn) {
        List<String> names = new ArrayList<>(List.of(nameColumn, "Username"));
        gradebook.lessons().forEach(lesson -> names.add(itemName(lesson)));
        names.add("Late work");
        return names;
    }

    static String itemName(LessonColumn lesson) {
        return "Lesson " + lesson.number() + ": " + lesson.title();
    }

    static String points(LessonCell cell) {
        return cell.started() ? Integer.toString(cell.releasedPoints().points()) : "";
    }
}
