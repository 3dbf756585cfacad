package org.colloquy.seminar.session;

/** A lesson a leader can run live, with how many prompts it has. */
public record LessonToRun(String courseKey, String courseTitle, String lessonKey, String lessonTitle,
                          int promptCount) {
}
