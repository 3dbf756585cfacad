package org.colloquy.base;

/**
 * Counts words the way a reader would: runs of letters or digits separated by spaces or punctuation, and
 * each Chinese or Japanese character as one word, since those scripts use no spaces.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && isInnerPunctuation(cp))) {
                if (!inWord) {
                    count++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return count;
    }

    private static boolean isInnerPunctuation(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp)
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
