package org.colloquy.seminar.cohort;

/**
 * An answer starred during review, as the room may see it: its text and nothing about who wrote it. {@code point} is
 * the point of the agree–disagree scale the student chose with it (1 to 5, which views name in the viewer's
 * language; the text is then her reason), 0 for any other answer.
 */
public record StarredAnswer(long responseId, String text, int point) {
}
