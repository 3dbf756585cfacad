package org.colloquy.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the course content has problems; lists every one of them, not just the first. */
public class ContentValidationException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentValidationException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        return problems.stream()
                .map(ContentProblem::toString)
                .collect(Collectors.joining("\n", "Course content is invalid (" + count(problems.size()) + "):\n", ""));
    }

    /** "1 problem", "2 problems". */
    public static String count(int problems) {
        return problems + (problems == 1 ? " problem" : " problems");
    }
}
