package org.colloquy.seminar.cohort;

/** An argue step of the course whose class argument map the leader can put on the projector. */
public record MapToShow(String promptKey, int lessonNumber, String lessonTitle, String claim) {
}
