package org.colloquy.seminar;

/** How many students chose one option of a poll or one point of the scale. */
public record ChoiceCount(String label, int count) {
}
