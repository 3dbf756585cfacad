package org.colloquy.studio;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The open questions as JSON, one object per question:
 * {@code {"paragraph": N, "sentence": S, "text": "...", "kind": "explicit" | "implied"}}, paragraphs counted from 1.
 */
final class QuestionsJson {

    private QuestionsJson() {
    }

    static String of(List<OpenQuestion> questions) {
        return questions.stream()
                .map(question -> "  {\"paragraph\": " + question.paragraph() + ", \"sentence\": " + question.sentence()
                        + ", \"text\": " + string(question.text()) + ", \"kind\": \""
                        + question.kind().name().toLowerCase(Locale.ROOT) + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"))
                .replace("[\n\n]", "[]");
    }

    private static String string(String text) {
        var json = new StringBuilder("\"");
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", c));
                    } else {
                        json.append((char) c);
                    }
                }
            }
        });
        return json.append('"').toString();
    }
}
