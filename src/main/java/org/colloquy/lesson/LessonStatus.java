package org.colloquy.lesson;

/** How far a student got with a lesson; views name it in the reader's language ({@code lesson.status.*}). */
public enum LessonStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
