package org.colloquy.studio.edit;

import java.util.Locale;
import java.util.Optional;

/** The six kinds of step, as {@code content/README.md} spells them. */
public enum StepKind {
    READ, CHECK, RESPOND, POSITION, DISCUSS, ARGUE;

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<StepKind> of(String spelling) {
        for (StepKind kind : values()) {
            if (kind.spelling().equals(spelling)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
