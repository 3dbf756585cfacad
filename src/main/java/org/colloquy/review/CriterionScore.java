package org.colloquy.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level an instructor chose for one rubric criterion, with an optional comment. */
@Embeddable
public record CriterionScore(
        @Column(name = "criterion_key", nullable = false, length = 100) String criterionKey,
        @Column(nullable = false) int score,
        @Column(nullable = false, length = 1000) String comment) {
}
