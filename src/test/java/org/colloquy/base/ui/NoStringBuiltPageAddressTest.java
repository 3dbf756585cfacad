package org.colloquy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/**
 * No page address is written by hand in {@code src/main}: a renamed route must fail the build, not a user. Every
 * link goes through a feature's {@code …Pages} class, which builds it from the view class; the only route texts are
 * the {@code @Route} annotations and the few route templates a {@code …Pages} class names for other features.
 */
class NoStringBuiltPageAddressTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ROUTE = Pattern.compile("@Route\\((?:value\\s*=\\s*)?\"([^\"]*)\"");
    /** A call whose text argument is an address: a bare word there ({@code "join"}) is one too. */
    private static final Pattern GOES_TO_A_PAGE = Pattern.compile(
            "new Anchor\\(|navigate\\(|setHref\\(|forwardTo\\(|rerouteTo\\(|setLocation\\(|setAction\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void no_source_outside_a_pages_class_writes_a_page_address_as_text() throws IOException {
        Set<String> firstSegments = routeFirstSegments();
        assertThat(firstSegments).contains("course", "classes", "seminar", "live", "join", "login");
        List<String> handWritten = new ArrayList<>();
        for (Path file : javaFiles()) {
            boolean pagesClass = file.getFileName().toString().endsWith("Pages.java");
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//") || line.contains("@Route(")
                        || (pagesClass && line.contains("static final String"))) {
                    continue;
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    if (isPageAddress(literal.group(1), firstSegments, GOES_TO_A_PAGE.matcher(line).find())) {
                        handWritten.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(handWritten).as("page addresses written as text; use the feature's …Pages class").isEmpty();
    }

    @Test
    void the_check_recognises_an_address_built_from_text() {
        Set<String> segments = Set.of("classes", "course");
        assertThat(isPageAddress("classes/", segments, false)).isTrue();
        assertThat(isPageAddress("/course/", segments, false)).isTrue();
        assertThat(isPageAddress("classes", segments, true)).isTrue();
        assertThat(isPageAddress("course", segments, false)).as("a word of data, not a link").isFalse();
        assertThat(isPageAddress("classes-view", segments, true)).isFalse();
        assertThat(isPageAddress("review.cohort.classes", segments, true)).isFalse();
    }

    static boolean isPageAddress(String literal, Set<String> firstSegments, boolean usedAsAnAddress) {
        String path = literal.startsWith("/") ? literal.substring(1) : literal;
        int end = path.indexOf('/');
        String first = end < 0 ? path : path.substring(0, end);
        return firstSegments.contains(first) && (end >= 0 || usedAsAnAddress || !literal.equals(path));
    }

    private static Set<String> routeFirstSegments() throws IOException {
        Set<String> segments = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher route = ROUTE.matcher(Files.readString(file));
            while (route.find()) {
                String first = route.group(1).split("/")[0];
                if (!first.isEmpty() && !first.startsWith(":")) {
                    segments.add(first);
                }
            }
        }
        return segments;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
