package org.colloquy.lesson;

import org.colloquy.base.i18n.Text;
import org.colloquy.content.PositionStep;

/** A student's position on a claim at the start and at the end of a lesson, each with its reason. */
public record PositionShift(String claim, int before, String beforeReason, int after, String afterReason) {

    public boolean moved() {
        return before != after;
    }

    /** "You moved from “Agree” to “Disagree”.", in the reader's language when a view shows it. */
    public Text summary() {
        return moved() ? Text.of("lesson.position.moved", point(before), point(after))
                : Text.of("lesson.position.stayed", point(before));
    }

    private static Text point(int point) {
        return PositionStep.pointName(point);
    }
}
