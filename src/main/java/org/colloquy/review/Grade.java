package org.colloquy.review;

import java.util.List;

/** The rubric scores an instructor gave one answer, and whether the student can see them yet. */
public record Grade(long responseId, List<CriterionScore> scores, boolean released) {

    public Grade {
        scores = List.copyOf(scores);
    }
}
