package org.colloquy.cohort;

/** What other features may know of a cohort. */
public record CohortRef(long id, String courseKey, String name, String joinCode, long studentCount) {
}
