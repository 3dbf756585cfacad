package org.colloquy.content;

/**
 * Who may publish over a course that is already in the content folder, asked by {@link CoursePublisher}; the course
 * studio keeps the owners. A course nobody owns (one shipped as files) is owned by no instructor.
 */
public interface CourseOwners {

    /** Whether the signed-in person is one of the owners of the course with this key. */
    boolean ownedByCurrentUser(String courseKey);
}
