package org.colloquy.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;

/** Texts from services in the current viewer's language, for views and their helpers. */
public final class Translated {

    private Translated() {
    }

    public static String text(Text text) {
        return I18NProvider.translate(text.key(), text.args());
    }

    /** Why a request was refused: a {@link HasReason} (a {@link Refusal}) in the viewer's language, any other problem as it says. */
    public static String reason(RuntimeException problem) {
        if (problem instanceof HasReason reasoned) {
            return text(reasoned.reason());
        }
        return String.valueOf(problem.getMessage());
    }
}
