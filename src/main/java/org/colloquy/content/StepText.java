package org.colloquy.content;

import java.util.Locale;
import java.util.stream.Collectors;

/** What a step asks, for the screens and files that list steps outside the lesson player. */
public final class StepText {

    private static final int ONE_LINE = 140;

    private StepText() {
    }

    /** The prose of the question: the prompt, the check's question, the position's claim, or the reading's text. */
    public static Prose question(Step step) {
        return switch (step) {
            case RespondStep respond -> respond.prompt();
            case CheckStep check -> check.question();
            case PositionStep position -> position.claim();
            case DiscussStep discuss -> discuss.prompt();
            case ReadStep read -> read.text();
            case ArgueStep argue -> argue.claim();
        };
    }

    /** The question as one short line of plain text; positions say whether they are asked before or after. */
    public static String oneLine(Step step) {
        String line = plainText(step).strip().lines().findFirst().orElse("");
        return line.length() > ONE_LINE ? line.substring(0, ONE_LINE - 3) + "…" : line;
    }

    /** The whole question as plain text on one line, for lists that wrap it rather than cut it. */
    public static String whole(Step step) {
        return plainText(step).lines().map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String plainText(Step step) {
        return switch (step) {
            case PositionStep position -> "Position " + position.moment().name().toLowerCase(Locale.ROOT) + ": "
                    + position.claim().plainText();
            case ReadStep read -> read.title();
            case ArgueStep argue -> "Argument map: " + argue.claim().plainText();
            default -> question(step).plainText();
        };
    }
}
