package org.colloquy.lesson;

import org.colloquy.content.PositionStep;

/** A student's position on a claim at the start and at the end of a lesson, each with its reason. */
public record PositionShift(String claim, int before, String beforeReason, int after, String afterReason) {

    public boolean moved() {
        return before != after;
    }

    public String summary() {
        String from = PositionStep.label(before);
        String to = PositionStep.label(after);
        return moved() ? "You moved from “%s” to “%s”.".formatted(from, to) : "You stayed at “%s”.".formatted(from);
    }
}
