package org.colloquy.base;

import org.colloquy.base.i18n.Text;
import java.util.regex.Pattern;

/** Rules for text a person types: control characters stripped, line ends unified, a hard length cap. */
public final class AnswerText {

    public static final int MAX_LENGTH = 20_000;
    /** Embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI); marks like RLM stay. */
    private static final Pattern DIRECTION_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private AnswerText() {
    }

    /** Removes control characters other than newline and tab, and turns CR LF / CR into LF. */
    public static String clean(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(cp -> cp == '\n' || cp == '\t' || !isStrippable(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * A name or title, which stays on one line: control characters removed (a null byte among them, which
     * PostgreSQL refuses), explicit direction controls removed (an unclosed right-to-left override in a name would
     * turn around whatever a page shows after it on the same line: "(guest)", a date), every run of white space
     * made one space, the ends trimmed. Right-to-left names still show right to left: the browser orders letters by
     * their script.
     */
    public static String oneLine(String text) {
        return DIRECTION_CONTROLS.matcher(clean(text)).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static boolean isStrippable(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }

    public static boolean isTooLong(String text) {
        return text.length() > MAX_LENGTH;
    }

    /** What a person is told when a text is over the cap: by how much, and that nothing was thrown away. */
    public static Text tooLong(String text) {
        return Text.of("base.answer.too-long", text.length(), MAX_LENGTH, text.length() - MAX_LENGTH);
    }
}
