package org.colloquy.seminar.session;

/**
 * How many students chose one option of a poll or one point of the scale ({@code point} 1 to 5, 0 for a poll's
 * option), as in {@link SeminarPrompt.Choice}.
 */
public record ChoiceCount(String label, int count, int point) {
}
