package org.colloquy.content;

import java.util.NoSuchElementException;

/** Thrown when a course key names no loaded course. */
public class UnknownCourseException extends NoSuchElementException {

    public UnknownCourseException(String courseKey) {
        super("No course with key \"" + courseKey + "\"");
    }
}
