package org.colloquy.review.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** Reads the cohort id from a route; anything but a number is simply not found. */
final class CohortIds {

    private CohortIds() {
    }

    static long from(BeforeEnterEvent event) {
        String value = event.getRouteParameters().get("cohortId").orElse("");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException(t("review.no-such-class", value));
        }
    }

    private static String t(String key, Object... arguments) {
        return com.vaadin.flow.i18n.I18NProvider.translate(key, arguments);
    }
}
