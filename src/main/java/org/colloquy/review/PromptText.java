package org.colloquy.review;

import org.colloquy.content.CheckStep;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.PositionStep;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;

/** The question a step asks, as one line of plain text for dashboards. */
final class PromptText {

    private PromptText() {
    }

    static String of(Step step) {
        String text = switch (step) {
            case RespondStep respond -> respond.prompt().plainText();
            case CheckStep check -> check.question().plainText();
            case PositionStep position -> "Position " + position.moment().name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + position.claim().plainText();
            case DiscussStep discuss -> discuss.prompt().plainText();
            case ReadStep read -> read.title();
        };
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 137) + "…" : line;
    }
}
