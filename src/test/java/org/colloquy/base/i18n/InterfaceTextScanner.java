package org.colloquy.base.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds string literals in view code that read like interface text: words a person reads ("Sign out", "no answers
 * yet") rather than keys, CSS classes, ids, element names or script. Lines that only style, identify, log or run
 * script are skipped; a line that must keep a literal says so with the marker {@value #MARKER}.
 */
final class InterfaceTextScanner {

    static final String MARKER = "not interface text";

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(^|[^\\p{L}.#-])\\p{Lu}\\p{Ll}{2,}");
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{2,}[,.:;!?]? \\p{L}{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[a-zA-Z0-9-]+)+");
    private static final List<String> NOT_TEXT_LINES = List.of("addClassName", "removeClassName", "setClassName",
            "setId(", "getStyle()", "executeJs", "callJsFunction", "LoggerFactory", "log.", "LOG.", "@Route",
            "@PageTitle", "import ", "package ", "getAttribute(", "hasAttribute(", "setAttribute(\"class\"",
            "setAttribute(\"style\"", "setAttribute(\"role\"", "setAttribute(\"href\"", "setAttribute(\"src\"",
            "addEventListener", "getLocation()", "navigate(", "QueryParameters", "throw new IllegalStateException",
            "throw new IllegalArgumentException", MARKER);

    private InterfaceTextScanner() {
    }

    static List<String> textLiterals(String source) {
        List<String> found = new ArrayList<>();
        boolean inTextBlock = false;
        boolean inComment = false;
        for (String line : source.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.split("\"\"\"", -1).length % 2 == 0) {
                inTextBlock = !inTextBlock;
                continue;
            }
            if (inTextBlock) {
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (inComment) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("//") || trimmed.startsWith("*") || skipped(trimmed)) {
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String value = literal.group(1);
                if (readsAsText(value)) {
                    found.add(value);
                }
            }
        }
        return found;
    }

    static boolean readsAsText(String value) {
        if (KEY.matcher(value).matches() || value.startsWith("--") || value.contains("://")) {
            return false;
        }
        return CAPITALISED_WORD.matcher(value).find() || TWO_WORDS.matcher(value).find();
    }

    private static boolean skipped(String line) {
        return NOT_TEXT_LINES.stream().anyMatch(line::contains);
    }
}
