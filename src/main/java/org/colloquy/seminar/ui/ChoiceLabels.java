package org.colloquy.seminar.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.colloquy.seminar.ChoiceCount;
import org.colloquy.seminar.SeminarPrompt;

/** A poll's option as the course words it; a point of the agree–disagree scale in the viewer's language. */
final class ChoiceLabels {

    private ChoiceLabels() {
    }

    static String of(SeminarPrompt.Choice choice) {
        return shown(choice.label(), choice.point());
    }

    static String of(ChoiceCount count) {
        return shown(count.label(), count.point());
    }

    static String of(String label, int point) {
        return shown(label, point);
    }

    /** A point of the agree–disagree scale, 1 to 5, in the viewer's language. */
    static String point(int point) {
        return I18NProvider.translate("lesson.position.point." + point);
    }

    private static String shown(String label, int point) {
        return point > 0 ? point(point) : label;
    }
}
