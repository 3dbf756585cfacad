package org.colloquy.lesson.ui;

import com.vaadin.flow.i18n.I18NProvider;

/** The points of the agree–disagree scale in the viewer's language, 1 (strongly disagree) to 5 (strongly agree). */
final class PositionLabels {

    private PositionLabels() {
    }

    static String of(int point) {
        return I18NProvider.translate("lesson.position.point." + point);
    }
}
