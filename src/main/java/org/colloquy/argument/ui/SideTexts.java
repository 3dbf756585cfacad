package org.colloquy.argument.ui;

import java.util.Locale;
import org.colloquy.argument.Side;

/** The key of a side's name: {@code argument.side.for}, {@code argument.side.against}. */
final class SideTexts {

    private SideTexts() {
    }

    static String key(Side side) {
        return "argument.side." + side.name().toLowerCase(Locale.ROOT);
    }
}
