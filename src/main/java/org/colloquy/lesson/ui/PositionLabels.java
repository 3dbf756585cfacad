package org.colloquy.lesson.ui;

import org.colloquy.base.i18n.Translated;
import org.colloquy.content.PositionStep;

/** The points of the agree–disagree scale in the viewer's language, 1 (strongly disagree) to 5 (strongly agree). */
final class PositionLabels {

    private PositionLabels() {
    }

    static String of(int point) {
        return Translated.text(PositionStep.pointName(point));
    }
}
