package org.colloquy.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Interface text comes from the message bundles: view code holds keys, and every key it uses exists. */
class NoHardCodedInterfaceTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path NOT_YET_TRANSLATED = Path.of("src/test/resources/i18n-not-yet-translated.txt");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)\"");

    @Test
    void viewsHoldNoHardCodedInterfaceText() throws IOException {
        Set<String> notYetTranslated = notYetTranslated();
        List<String> problems = new ArrayList<>();
        for (Path file : viewSources()) {
            String name = SOURCES.relativize(file).toString();
            if (notYetTranslated.contains(name)) {
                continue;
            }
            for (String text : InterfaceTextScanner.textLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                problems.add(name + ": \"" + text + "\"");
            }
        }
        assertThat(problems).as("move these texts into i18n/<feature>_<language>.properties and call "
                + "getTranslation(key)").isEmpty();
    }

    @Test
    void theListOfViewsNotYetTranslatedNamesOnlyViewsThatStillHaveText() throws IOException {
        List<String> done = new ArrayList<>();
        for (String name : notYetTranslated()) {
            Path file = SOURCES.resolve(name);
            if (!Files.exists(file) || InterfaceTextScanner.textLiterals(Files.readString(file)).isEmpty()) {
                done.add(name);
            }
        }
        assertThat(done).as("translated or gone: remove from " + NOT_YET_TRANSLATED).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesIsInTheEnglishBundle() throws IOException {
        MessageBundles bundles = MessageBundles.load();
        Set<String> features = bundles.features(InterfaceLanguage.ENGLISH);
        Set<String> known = bundles.keys(InterfaceLanguage.ENGLISH);
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (key.find()) {
                    String candidate = key.group(1);
                    if (features.contains(candidate.substring(0, candidate.indexOf('.')))
                            && !known.contains(candidate) && !candidate.endsWith(".")) {
                        unknown.add(SOURCES.relativize(file) + ": " + candidate);
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static List<Path> viewSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/ui/"))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> notYetTranslated() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(NOT_YET_TRANSLATED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }
}
