package org.colloquy.lesson;

import java.util.Optional;
import org.colloquy.base.AnswerText;
import org.colloquy.base.WordCount;
import org.colloquy.content.CheckStep;
import org.colloquy.content.Citations;
import org.colloquy.content.Reading;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.PositionStep;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;
import org.jspecify.annotations.Nullable;

/** What makes an answer acceptable for a step, with a message that says exactly what to change. */
final class AnswerRules {

    static final int POSITION_REASON_MAX_WORDS = 60;
    static final int DISCUSS_MAX_WORDS = 1000;

    private AnswerRules() {
    }

    /** Problems that stop even a draft from being stored. */
    static Optional<String> draftProblem(String body) {
        return AnswerText.isTooLong(body) ? Optional.of(AnswerText.tooLongMessage(body)) : Optional.empty();
    }

    /** Problems that stop a submission. */
    static Optional<String> submissionProblem(Step step, String body, @Nullable String choice, Reading reading) {
        Optional<String> draftProblem = draftProblem(body);
        if (draftProblem.isPresent()) {
            return draftProblem;
        }
        Optional<String> citationProblem = Citations.problem(body, reading);
        if (citationProblem.isPresent()) {
            return citationProblem;
        }
        return switch (step) {
            case RespondStep respond -> wordLimits(body, respond.minWords(), respond.maxWords());
            case DiscussStep ignored -> body.isBlank()
                    ? Optional.of("Write your contribution before posting it.")
                    : wordLimits(body, 1, DISCUSS_MAX_WORDS);
            case CheckStep check -> choice != null && check.option(choice).isPresent()
                    ? Optional.empty()
                    : Optional.of("Choose one of the options.");
            case PositionStep ignored -> positionProblem(body, choice);
            case ReadStep ignored -> Optional.of("There is nothing to submit on a reading step.");
            case org.colloquy.content.ArgueStep ignored ->
                    Optional.of("Add reasons to the class's argument map instead; there is no answer to submit here.");
        };
    }

    private static Optional<String> positionProblem(String reason, @Nullable String choice) {
        if (choice == null || !choice.matches("[1-5]")) {
            return Optional.of("Choose a point on the scale, from Strongly disagree to Strongly agree.");
        }
        if (reason.isBlank()) {
            return Optional.of("Add a one-sentence reason for your position.");
        }
        int words = WordCount.of(reason);
        if (words > POSITION_REASON_MAX_WORDS) {
            return Optional.of("Keep your reason to one sentence: it has %d words, the limit is %d."
                    .formatted(words, POSITION_REASON_MAX_WORDS));
        }
        return Optional.empty();
    }

    static Optional<String> wordLimits(String body, int minWords, int maxWords) {
        int words = WordCount.of(body);
        if (words < minWords) {
            return Optional.of("Your answer has %d %s; this prompt asks for at least %d. Add %d more."
                    .formatted(words, words == 1 ? "word" : "words", minWords, minWords - words));
        }
        if (words > maxWords) {
            return Optional.of("Your answer has %d words; this prompt allows at most %d. Remove %d."
                    .formatted(words, maxWords, words - maxWords));
        }
        return Optional.empty();
    }
}
