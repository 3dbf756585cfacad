package org.colloquy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language has every text of every feature, and each translation takes the same arguments. */
class MessageBundlesCompletenessTest {

    private static final MessageBundles BUNDLES = MessageBundles.load();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @EnumSource(InterfaceLanguage.class)
    void everyLanguageHasABundleForEveryFeature(InterfaceLanguage language) {
        assertThat(BUNDLES.features(language)).isEqualTo(BUNDLES.features(InterfaceLanguage.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(InterfaceLanguage.class)
    void everyLanguageHasEveryKeyAndNoOther(InterfaceLanguage language) {
        Set<String> english = BUNDLES.keys(InterfaceLanguage.ENGLISH);
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(BUNDLES.keys(language));
        Set<String> extra = new TreeSet<>(BUNDLES.keys(language));
        extra.removeAll(english);
        assertThat(missing).as("keys missing in " + language).isEmpty();
        assertThat(extra).as("keys only in " + language).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(InterfaceLanguage.class)
    void everyTextIsAValidPatternWithTheArgumentsOfTheEnglishText(InterfaceLanguage language) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(BUNDLES.keys(language))) {
            String pattern = BUNDLES.pattern(key, language);
            if (pattern == null || pattern.isBlank()) {
                problems.add(key + " is empty");
                continue;
            }
            try {
                if (MessageBundles.countsByPluralRules(pattern)) {
                    new com.ibm.icu.text.MessageFormat(pattern, language.locale());
                } else {
                    new MessageFormat(pattern, language.locale());
                }
            } catch (IllegalArgumentException invalid) {
                problems.add(key + " is not a valid pattern: " + invalid.getMessage());
                continue;
            }
            String english = BUNDLES.pattern(key, InterfaceLanguage.ENGLISH);
            if (english != null && !arguments(pattern).equals(arguments(english))) {
                problems.add(key + " takes " + arguments(pattern) + " but English takes " + arguments(english));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * ChoiceFormat knows only "from this number on", so "{0,choice,1#урок|2#урока|5#уроков}" says "21 уроков"; Russian
     * counts use ICU's plural rules ({@code {0,plural,one{…} few{…} many{…} other{…}}}). A choice between none and
     * some ({@code 0#…|0<…}) is still fine.
     */
    @org.junit.jupiter.api.Test
    void russianTextsCountWithPluralRulesNotChoiceFormat() {
        Pattern countingChoice = Pattern.compile("\\|\\s*[1-9]\\d*\\s*#");
        List<String> choices = new ArrayList<>();
        for (String key : new TreeSet<>(BUNDLES.keys(InterfaceLanguage.RUSSIAN))) {
            String pattern = BUNDLES.pattern(key, InterfaceLanguage.RUSSIAN);
            if (pattern != null && pattern.contains(",choice,") && countingChoice.matcher(pattern).find()) {
                choices.add(key + "=" + pattern);
            }
        }
        assertThat(choices).as("Russian counts written with ChoiceFormat: use {0,plural,one{…} few{…} many{…} other{…}}")
                .isEmpty();
    }

    /** A lone apostrophe starts a quoted part in MessageFormat: "the class's map" would read "the classs map". */
    @ParameterizedTest
    @EnumSource(InterfaceLanguage.class)
    void everyApostropheIsWrittenTwice(InterfaceLanguage language) {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> swallowed = new ArrayList<>();
        for (String key : new TreeSet<>(BUNDLES.keys(language))) {
            String pattern = BUNDLES.pattern(key, language);
            if (pattern != null && loneApostrophe.matcher(pattern.replace("''", "")).find()) {
                swallowed.add(key + "=" + pattern);
            }
        }
        assertThat(swallowed).as("texts whose apostrophes MessageFormat would swallow: write '' instead").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = InterfaceLanguage.class, names = {"CHINESE", "RUSSIAN"})
    void translationsAreWrittenInTheirLanguage(InterfaceLanguage language) {
        Pattern script = language == InterfaceLanguage.CHINESE ? Pattern.compile("\\p{IsHan}")
                : Pattern.compile("\\p{IsCyrillic}");
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(BUNDLES.keys(language))) {
            String text = BUNDLES.pattern(key, language);
            String english = BUNDLES.pattern(key, InterfaceLanguage.ENGLISH);
            boolean hasWords = text.replaceAll("\\{[^}]*}", "").matches(".*\\p{IsLatin}{3,}.*");
            if (hasWords && text.equals(english) && !script.matcher(text).find() && !isName(text)) {
                untranslated.add(key + "=" + text);
            }
        }
        assertThat(untranslated).as("texts left in English").isEmpty();
    }

    private static boolean isName(String text) {
        String withoutArguments = text.replaceAll("\\{[^}]*}", "").replaceAll("[\\s·:()–-]+", " ").strip();
        return Set.of("Colloquy", "CSV", "JSON", "Markdown", "QR", "OK").contains(withoutArguments);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }
}
