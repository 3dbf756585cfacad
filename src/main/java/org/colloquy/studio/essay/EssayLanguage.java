package org.colloquy.studio.essay;

import java.util.List;

/**
 * The language of an essay, told by its script: mostly Han characters is Chinese, mostly Cyrillic is Russian,
 * anything else English. The teacher confirms it or chooses another.
 */
public final class EssayLanguage {

    public static final String ENGLISH = "en";
    public static final String CHINESE = "zh";
    public static final String RUSSIAN = "ru";
    public static final List<String> SUPPORTED = List.of(ENGLISH, CHINESE, RUSSIAN);

    /** A Chinese character carries about as much as a short word: counted twice against letters of alphabets. */
    private static final int HAN_WEIGHT = 2;

    private EssayLanguage() {
    }

    public static String detect(String text) {
        long han = 0;
        long cyrillic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            switch (Character.UnicodeScript.of(codePoint)) {
                case HAN -> han++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {
                }
            }
            i += Character.charCount(codePoint);
        }
        if (han * HAN_WEIGHT > Math.max(cyrillic, latin)) {
            return CHINESE;
        }
        return cyrillic > latin ? RUSSIAN : ENGLISH;
    }
}
