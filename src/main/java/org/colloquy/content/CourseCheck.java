package org.colloquy.content;

import java.util.List;

/** What checking a course folder's files found: the course they make, or every problem as {@code file:line}. */
public sealed interface CourseCheck {

    /** The files make this course; once published, it is served. */
    record Passed(Course course) implements CourseCheck {
    }

    /** The files have these problems, with file paths relative to the folder that holds the course folder. */
    record Failed(List<ContentProblem> problems) implements CourseCheck {

        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
