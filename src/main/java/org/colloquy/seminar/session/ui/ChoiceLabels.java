package org.colloquy.seminar.session.ui;

import org.colloquy.base.i18n.Translated;
import org.colloquy.content.PositionStep;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.SeminarPrompt;

/** A poll's option as the course words it; a point of the agree–disagree scale in the viewer's language. */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    public static String of(SeminarPrompt.Choice choice) {
        return of(choice.label(), choice.point());
    }

    public static String of(ChoiceCount count) {
        return of(count.label(), count.point());
    }

    public static String of(String label, int point) {
        return point > 0 ? point(point) : label;
    }

    /** A point of the agree–disagree scale, 1 to 5, in the viewer's language. */
    public static String point(int point) {
        return Translated.text(PositionStep.pointName(point));
    }
}
