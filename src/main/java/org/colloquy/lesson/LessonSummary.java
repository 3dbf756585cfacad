package org.colloquy.lesson;

import org.colloquy.content.Lesson;

/** A lesson on the course home, with how far the student has come. */
public record LessonSummary(Lesson lesson, LessonStatus status) {
}
