package org.colloquy.content;

import java.util.Locale;
import java.util.Set;

/** The reading direction of a course's content. */
public enum TextDirection {
    LTR, RTL;

    /** Languages written right to left (ISO 639 codes), whatever script subtag a tag adds. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi");

    /** The usual direction of a language tag: right to left for Arabic, Hebrew, Persian, Urdu and the like. */
    public static TextDirection of(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        if (language.equals("iw")) {
            language = "he";
        }
        return RIGHT_TO_LEFT.contains(language) ? RTL : LTR;
    }

    /** The value of an HTML {@code dir} attribute. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
