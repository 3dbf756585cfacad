package org.colloquy.schedule;

import java.time.Instant;
import java.util.List;

/**
 * Published once per student, lesson and due time, about a day before the lesson is due for her (her extension
 * included), when she has not finished it: whoever reminds people (mail) may tell her. A student in two classes of one
 * course that have the lesson due at the same moment gets one event naming both classes; when the classes' due times
 * differ, each class's due time is an event of its own, naming its class.
 *
 * @param studentId the student
 * @param cohortId her class (the first of {@code classNames} when the lesson is due at this time in several)
 * @param courseKey the class's course
 * @param lessonKey the lesson
 * @param lessonTitle the lesson's title, in the course's language
 * @param dueAt when it is due for her
 * @param timeZone the class's time zone id (for example {@code Europe/Berlin}), to say the time as the class reads it
 * @param classNames the names of her classes that have the lesson due at {@code dueAt}, at least one (none in an
 *                   event stored before classes were named)
 */
public record LessonDueSoon(long studentId, long cohortId, String courseKey, String lessonKey, String lessonTitle,
                            Instant dueAt, String timeZone, List<String> classNames) {

    @SuppressWarnings("ConstantValue") // an event stored before classes were named has none
    public LessonDueSoon {
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }
}
