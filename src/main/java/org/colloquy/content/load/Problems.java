package org.colloquy.content.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.ContentValidationException;

/** Collects the problems found while loading, so that all of them are reported at once. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    void report(Path file, int line, String message) {
        found.add(new ContentProblem(file, line, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** The problems by file and line. */
    List<ContentProblem> sorted() {
        return found.stream()
                .sorted(Comparator.comparing((ContentProblem p) -> p.file().toString())
                        .thenComparingInt(ContentProblem::line))
                .toList();
    }

    /** Throws if anything was reported, listing the problems by file and line. */
    void throwIfAny() {
        if (any()) {
            throw new ContentValidationException(sorted());
        }
    }
}
