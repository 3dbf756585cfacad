package org.colloquy.schedule;

import java.time.Instant;

/**
 * Published once per student and lesson, about a day before the lesson is due for her (her extension included), when
 * she has not finished it: whoever reminds people (mail) may tell her.
 *
 * @param studentId the student
 * @param cohortId her class
 * @param courseKey the class's course
 * @param lessonKey the lesson
 * @param lessonTitle the lesson's title, in the course's language
 * @param dueAt when it is due for her
 * @param timeZone the class's time zone id (for example {@code Europe/Berlin}), to say the time as the class reads it
 */
public record LessonDueSoon(long studentId, long cohortId, String courseKey, String lessonKey, String lessonTitle,
                            Instant dueAt, String timeZone) {
}
