package org.colloquy.base.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is written in; course content keeps its own language. */
public enum InterfaceLanguage {
    ENGLISH("en", Locale.ENGLISH, "English"),
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE, "中文"),
    RUSSIAN("ru", Locale.of("ru", "RU"), "Русский");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    InterfaceLanguage(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The language's code in bundle file names and in stored preferences. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language picker shows it. */
    public String nativeName() {
        return nativeName;
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(InterfaceLanguage::locale).toList();
    }

    public static Optional<InterfaceLanguage> ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst();
    }

    /** The language closest to a locale: same language, any country; English when there is none. */
    public static InterfaceLanguage closestTo(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(ENGLISH);
    }
}
