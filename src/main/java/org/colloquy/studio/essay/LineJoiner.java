package org.colloquy.studio.essay;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a file broke a paragraph into back into one line of clean text: a word hyphenated across a line
 * break is made whole again, Chinese and Japanese text is joined without a space, and control characters and runs
 * of white space are dropped.
 */
final class LineJoiner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200d]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");

    private LineJoiner() {
    }

    static String join(List<String> lines) {
        var text = new StringBuilder();
        for (String raw : lines) {
            String line = clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (text.isEmpty()) {
                text.append(line);
            } else if (endsWithBrokenWord(text, line)) {
                text.setLength(text.length() - 1);
                text.append(line);
            } else if (isWideScript(text.codePointBefore(text.length())) || isWideScript(line.codePointAt(0))) {
                text.append(line);
            } else {
                text.append(' ').append(line);
            }
        }
        return text.toString();
    }

    /** One line's text: normalised (NFC), without control characters or a soft hyphen, spaces collapsed. */
    static String clean(String line) {
        String normalised = Normalizer.normalize(line, Normalizer.Form.NFC);
        String withoutControls = CONTROL.matcher(normalised.replace("\u00ad", "-")).replaceAll("");
        return SPACES.matcher(withoutControls).replaceAll(" ").strip();
    }

    private static boolean endsWithBrokenWord(CharSequence text, String next) {
        int length = text.length();
        return length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2))
                && Character.isLowerCase(next.codePointAt(0));
    }

    private static boolean isWideScript(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(codePoint) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
