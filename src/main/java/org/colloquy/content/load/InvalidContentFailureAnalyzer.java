package org.colloquy.content.load;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.colloquy.content.ContentProblem;
import org.colloquy.content.ContentValidationException;

/** Turns invalid course content into a start-up failure that lists every problem as {@code file:line: what}. */
class InvalidContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentValidationException cause) {
        String problems = cause.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "The course content is invalid (" + cause.problems().size() + " problems):\n\n" + problems,
                "Fix the files named above (see content/README.md for the format) and start Colloquy again.",
                cause);
    }
}
