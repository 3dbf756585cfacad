package org.colloquy.review.ui;

import org.colloquy.base.ui.PageNotFound;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.i18n.I18NProvider;

/** Reads the cohort id from a route; anything but a number is simply not found. */
final class CohortIds {

    private CohortIds() {
    }

    static long from(BeforeEnterEvent event) {
        String value = event.getRouteParameters().get("cohortId").orElse("");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw PageNotFound.because(t("review.no-such-class", value));
        }
    }

    private static String t(String key, Object... arguments) {
        return I18NProvider.translate(key, arguments);
    }
}
