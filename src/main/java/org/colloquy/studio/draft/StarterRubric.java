package org.colloquy.studio.draft;

import java.util.List;

/** The rubric every drafted respond step starts with: uses the text, argues a position, engages the other side. */
final class StarterRubric {

    private static final List<String> CRITERIA = List.of("evidence", "argument", "counter");
    private static final int TOP_SCORE = 2;

    private StarterRubric() {
    }

    static void write(YamlText yaml, Wording wording, String indent) {
        yaml.line(indent + "rubric:").line(indent + "  criteria:");
        for (String criterion : CRITERIA) {
            yaml.line(indent + "    - key: " + criterion)
                    .string(indent + "      ", "title", wording.text("draft.rubric." + criterion))
                    .line(indent + "      levels:");
            for (int score = 0; score <= TOP_SCORE; score++) {
                yaml.line(indent + "        - score: " + score)
                        .string(indent + "          ", "label", wording.text("draft.rubric.level." + score))
                        .string(indent + "          ", "description", wording.text("draft.rubric." + criterion + "." + score));
            }
        }
    }
}
