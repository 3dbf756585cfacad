package org.colloquy.base.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All interface text, read once from {@code i18n/<feature>_<language>.properties} (UTF-8). A key starts with its
 * feature ({@code lesson.respond.submit} lives in {@code i18n/lesson_*.properties}), so features keep their own
 * files. Every text is a {@link MessageFormat} pattern, formatted in the viewer's locale: an apostrophe is written
 * twice ({@code don''t}), numbers and dates in arguments follow the locale. A text that counts something in a
 * language with more than two forms of a noun (Russian: 1 урок, 2 урока, 5 уроков, 21 урок) says so with ICU's
 * {@code {0,plural,one{# урок} few{# урока} many{# уроков} other{# урока}}}, which {@code ChoiceFormat} cannot
 * express; such a text is formatted by ICU's MessageFormat with the language's plural rules (decision 0023).
 */
public final class MessageBundles implements Serializable {

    static final String LOCATION = "classpath*:i18n/*_*.properties";
    private static final Pattern PLURAL_ARGUMENT = Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)_([a-z]{2})\\.properties");

    private final Map<InterfaceLanguage, Map<String, String>> texts;
    private final Map<InterfaceLanguage, Map<String, String>> withoutArguments;
    private final Map<InterfaceLanguage, Set<String>> files;

    private MessageBundles(Map<InterfaceLanguage, Map<String, String>> texts,
            Map<InterfaceLanguage, Set<String>> files) {
        this.texts = texts;
        this.files = files;
        this.withoutArguments = new EnumMap<>(InterfaceLanguage.class);
        texts.forEach((language, patterns) -> {
            Map<String, String> formatted = new HashMap<>();
            patterns.forEach((key, pattern) -> formatted.put(key, format(pattern, language)));
            withoutArguments.put(language, formatted);
        });
    }

    /** The bundles of this application, read once for the interface and for services' English texts alike. */
    public static MessageBundles shared() {
        return Shared.BUNDLES;
    }

    private static final class Shared {
        private static final MessageBundles BUNDLES = load();
    }

    public static MessageBundles load() {
        Map<InterfaceLanguage, Map<String, String>> texts = new EnumMap<>(InterfaceLanguage.class);
        Map<InterfaceLanguage, Set<String>> files = new EnumMap<>(InterfaceLanguage.class);
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            texts.put(language, new HashMap<>());
            files.put(language, new TreeSet<>());
        }
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = String.valueOf(resource.getFilename());
                Matcher matcher = FILE_NAME.matcher(name);
                if (!matcher.matches()) {
                    throw new IllegalStateException("i18n/" + name + ": a bundle is named <feature>_<language>.properties");
                }
                InterfaceLanguage language = InterfaceLanguage.ofCode(matcher.group(2)).orElseThrow(
                        () -> new IllegalStateException("i18n/" + name + ": no interface language '"
                                + matcher.group(2) + "' (one of en, zh, ru)"));
                files.get(language).add(matcher.group(1));
                read(resource, name, matcher.group(1)).forEach(texts.get(language)::put);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new MessageBundles(texts, files);
    }

    private static Map<String, String> read(Resource resource, String name, String feature) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith(feature + ".")) {
                throw new IllegalStateException("i18n/" + name + ": key '" + key + "' must start with '" + feature
                        + ".' (the key says which file holds it)");
            }
            entries.put(key, properties.getProperty(key));
        }
        return entries;
    }

    /** The text in one language, for a reader who is not in a view (a download, a log). */
    public String text(Text text, InterfaceLanguage language) {
        return text(text.key(), language, text.args());
    }

    /** The text for a key, formatted with its arguments; English when the language lacks it, "!key!" when none has it. */
    public String text(String key, InterfaceLanguage language, Object... arguments) {
        if (arguments.length == 0) {
            // one shared instance per text: every open view holds its captions, so a copy per view would add up
            String formatted = withoutArguments.get(language).get(key);
            if (formatted == null) {
                formatted = withoutArguments.get(InterfaceLanguage.ENGLISH).get(key);
            }
            return formatted == null ? "!" + key + "!" : formatted;
        }
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            pattern = texts.get(InterfaceLanguage.ENGLISH).get(key);
        }
        if (pattern == null) {
            return "!" + key + "!";
        }
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            said[i] = arguments[i] instanceof Text part ? text(part.key(), language, part.args()) : arguments[i];
        }
        return format(pattern, language, said);
    }

    private static String format(String pattern, InterfaceLanguage language, Object... arguments) {
        if (countsByPluralRules(pattern)) {
            return new com.ibm.icu.text.MessageFormat(pattern, language.locale()).format(arguments);
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Whether a pattern has an ICU {@code plural} argument, which only ICU's MessageFormat understands. */
    static boolean countsByPluralRules(String pattern) {
        return PLURAL_ARGUMENT.matcher(pattern).find();
    }

    public Set<String> keys(InterfaceLanguage language) {
        return Set.copyOf(texts.get(language).keySet());
    }

    public Set<String> features(InterfaceLanguage language) {
        return Set.copyOf(files.get(language));
    }

    String pattern(String key, InterfaceLanguage language) {
        return texts.get(language).get(key);
    }
}
