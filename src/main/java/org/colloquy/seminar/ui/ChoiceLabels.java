package org.colloquy.seminar.ui;

import org.colloquy.base.i18n.Translated;
import org.colloquy.content.PositionStep;
import org.colloquy.seminar.ChoiceCount;
import org.colloquy.seminar.SeminarPrompt;

/** A poll's option as the course words it; a point of the agree–disagree scale in the viewer's language. */
final class ChoiceLabels {

    private ChoiceLabels() {
    }

    static String of(SeminarPrompt.Choice choice) {
        return of(choice.label(), choice.point());
    }

    static String of(ChoiceCount count) {
        return of(count.label(), count.point());
    }

    static String of(String label, int point) {
        return point > 0 ? point(point) : label;
    }

    /** A point of the agree–disagree scale, 1 to 5, in the viewer's language. */
    static String point(int point) {
        return Translated.text(PositionStep.pointName(point));
    }
}
