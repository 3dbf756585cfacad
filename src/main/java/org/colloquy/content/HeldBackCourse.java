package org.colloquy.content;

import java.nio.file.Path;
import java.util.List;

/** A course folder whose files have problems: it is not served, and its problems say what to fix where. */
public record HeldBackCourse(Path folder, List<ContentProblem> problems) {

    public HeldBackCourse {
        problems = List.copyOf(problems);
    }
}
