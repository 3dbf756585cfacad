package org.colloquy.studio.draft;

import java.util.List;

/**
 * Writes YAML that reads back exactly as written: single-line strings double-quoted with every special character
 * escaped, prose as a literal block ({@code |}) when that is safe and double-quoted otherwise.
 */
public final class YamlText {

    private final StringBuilder yaml = new StringBuilder();

    /** {@code key: "value"} at the given indent. */
    public YamlText string(String indent, String key, String value) {
        yaml.append(indent).append(key).append(": ").append(quoted(value)).append('\n');
        return this;
    }

    /** {@code key: value} for a value that is a key, a number or a word YAML reads as itself. */
    public YamlText plain(String indent, String key, Object value) {
        yaml.append(indent).append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** {@code key: [a, b]} for a list of keys. */
    public YamlText keys(String indent, String key, List<String> keys) {
        yaml.append(indent).append(key).append(": [").append(String.join(", ", keys)).append("]\n");
        return this;
    }

    /** {@code key:} and then each value as a quoted list item. */
    public YamlText strings(String indent, String key, List<String> values) {
        line(indent + key + ":");
        values.forEach(value -> yaml.append(indent).append("  - ").append(quoted(value)).append('\n'));
        return this;
    }

    /** Paragraphs of prose, separated by blank lines, under {@code key}. */
    public YamlText prose(String indent, String key, List<String> paragraphs) {
        String text = String.join("\n\n", paragraphs);
        if (!literalIsSafe(text)) {
            return string(indent, key, text);
        }
        line(indent + key + ": |");
        for (String line : text.split("\n", -1)) {
            yaml.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
        }
        return this;
    }

    public YamlText line(String line) {
        yaml.append(line).append('\n');
        return this;
    }

    /** How many lines are written so far. */
    public int lines() {
        int lines = 0;
        for (int i = 0; i < yaml.length(); i++) {
            if (yaml.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Whether {@link #prose} writes this text as a literal block, which keeps its lines as they are. */
    public static boolean literal(String text) {
        return literalIsSafe(text);
    }

    @Override
    public String toString() {
        return yaml.toString();
    }

    public static String quoted(String value) {
        var quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    /** A literal block keeps every character as it is, so it may hold only printable text on lines with no indent. */
    private static boolean literalIsSafe(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.equals(line.strip())) {
                return false;
            }
        }
        return text.codePoints().noneMatch(c -> c == '\t' || (c != '\n' && needsEscape(c)));
    }

    private static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff;
    }
}
