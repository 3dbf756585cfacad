package org.colloquy.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An open response, with word limits and an optional rubric. */
public record RespondStep(
        String key,
        Prose prompt,
        @Nullable Prose guidance,
        List<String> cites,
        int minWords,
        int maxWords,
        @Nullable Rubric rubric) implements Step {

    public static final int DEFAULT_MAX_WORDS = 1000;

    public RespondStep {
        cites = List.copyOf(cites);
    }
}
