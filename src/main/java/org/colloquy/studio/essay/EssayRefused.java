package org.colloquy.studio.essay;

import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;

/** An essay that cannot be imported, and why; nothing of it was kept. */
public final class EssayRefused extends Refusal {

    private final Why why;

    EssayRefused(Why why, Object... arguments) {
        super(Text.of(why.key, arguments));
        this.why = why;
    }

    public Why why() {
        return why;
    }

    public enum Why {
        EMPTY("studio.import.empty"),
        TOO_LARGE("studio.import.too-large"),
        UNSUPPORTED_TYPE("studio.import.unsupported-type"),
        NOT_UTF8("studio.import.not-utf8"),
        UNSUPPORTED_LANGUAGE("studio.import.unsupported-language"),
        NO_TEXT_LAYER("studio.import.no-text-layer"),
        TOO_MANY_PAGES("studio.import.too-many-pages"),
        PASSWORD_PROTECTED("studio.import.password-protected"),
        UNREADABLE("studio.import.unreadable"),
        TOO_SLOW("studio.import.too-slow");

        private final String key;

        Why(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
