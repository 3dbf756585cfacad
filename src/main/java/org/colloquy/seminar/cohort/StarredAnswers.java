package org.colloquy.seminar.cohort;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Where a live session finds the answers its class's instructors starred in the review queue. The review feature
 * implements it, so that the seminar shows starred answers without depending on review.
 */
@NamedInterface("starred-answers")
public interface StarredAnswers {

    /**
     * The starred answers of the cohort's students to this prompt key, without their authors. Only for an
     * instructor who teaches the cohort.
     */
    List<StarredAnswer> starred(long cohortId, String promptKey);
}
