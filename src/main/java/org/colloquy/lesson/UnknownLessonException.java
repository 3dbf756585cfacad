package org.colloquy.lesson;

/** A course or lesson key that the catalogue does not have. */
public class UnknownLessonException extends RuntimeException {

    public UnknownLessonException(String message) {
        super(message);
    }
}
