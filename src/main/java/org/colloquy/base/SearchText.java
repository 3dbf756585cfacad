package org.colloquy.base;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as a search compares it, in any script: Unicode compatibility forms folded (full-width Latin and digits, as
 * Chinese keyboards type them, match ordinary ones), case folded (Latin and Cyrillic alike), and the Russian ё read
 * as е, since most Russian text is typed without it. Chinese needs no more: a search finds the characters as typed.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Whether {@code text} holds the already {@linkplain #folded folded} {@code needle}. */
    public static boolean contains(String text, String needle) {
        return folded(text).contains(needle);
    }
}
