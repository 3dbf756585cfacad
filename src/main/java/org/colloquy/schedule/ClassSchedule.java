package org.colloquy.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A class's schedule as its instructors edit it: dates as wall-clock times in the class's zone.
 *
 * @param lessons every lesson of the class's course, in the course's order, with its dates (unset ones absent)
 * @param extensions the extensions given, by lesson and then student name
 * @param students the class's students, for choosing whom an extension is for
 */
public record ClassSchedule(long cohortId, ZoneId zone, List<LessonSchedule> lessons, List<StudentExtension> extensions,
                            List<Student> students) {

    public ClassSchedule {
        lessons = List.copyOf(lessons);
        extensions = List.copyOf(extensions);
        students = List.copyOf(students);
    }

    /** One lesson's dates for the whole class. */
    public record LessonSchedule(String lessonKey, String lessonTitle, @Nullable LocalDateTime opens,
                                 @Nullable LocalDateTime due, @Nullable LocalDateTime closes) {
    }

    /** A later due date (and close) for one student. */
    public record StudentExtension(String lessonKey, String lessonTitle, long studentId, String studentName,
                                   LocalDateTime due, @Nullable LocalDateTime closes) {
    }

    /** A student of the class. */
    public record Student(long id, String name) {
    }
}
