package org.colloquy.lesson;

import org.colloquy.base.i18n.Text;
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
import org.colloquy.content.ArgueStep;

/** What makes an answer acceptable for a step, with a message that says exactly what to change. */
final class AnswerRules {

    static final int DISCUSS_MAX_WORDS = 1000;

    private AnswerRules() {
    }

    /** Problems that stop even a draft from being stored. */
    static Optional<SaveOutcome.Refused> draftProblem(String body) {
        return AnswerText.isTooLong(body) ? Optional.of(new SaveOutcome.Refused(AnswerText.tooLong(body)))
                : Optional.empty();
    }

    /** Problems that stop a submission. */
    static Optional<SaveOutcome.Refused> submissionProblem(Step step, String body, @Nullable String choice,
                                                           Reading reading) {
        Optional<SaveOutcome.Refused> draftProblem = draftProblem(body);
        if (draftProblem.isPresent()) {
            return draftProblem;
        }
        Optional<Text> citationProblem = Citations.problem(body, reading);
        if (citationProblem.isPresent()) {
            return citationProblem.map(SaveOutcome.Refused::new);
        }
        return stepProblem(step, body, choice).map(SaveOutcome.Refused::new);
    }

    private static Optional<Text> stepProblem(Step step, String body, @Nullable String choice) {
        return switch (step) {
            case RespondStep respond -> wordLimits(body, respond.minWords(), respond.maxWords());
            case DiscussStep ignored -> body.isBlank()
                    ? Optional.of(Text.of("lesson.problem.empty-contribution"))
                    : wordLimits(body, 1, DISCUSS_MAX_WORDS);
            case CheckStep check -> choice != null && check.option(choice).isPresent()
                    ? Optional.empty()
                    : Optional.of(Text.of("lesson.problem.choose-option"));
            case PositionStep ignored -> positionProblem(body, choice);
            case ReadStep ignored -> Optional.of(Text.of("lesson.problem.reading-step"));
            case ArgueStep ignored -> Optional.of(Text.of("lesson.problem.argue-step"));
        };
    }

    private static Optional<Text> positionProblem(String reason, @Nullable String choice) {
        if (PositionStep.point(choice) == 0) {
            return Optional.of(Text.of("lesson.problem.choose-point"));
        }
        if (reason.isBlank()) {
            return Optional.of(Text.of("lesson.problem.reason-missing"));
        }
        int words = WordCount.of(reason);
        if (words > PositionStep.REASON_MAX_WORDS) {
            return Optional.of(Text.of("lesson.problem.reason-too-long", words, PositionStep.REASON_MAX_WORDS));
        }
        return Optional.empty();
    }

    static Optional<Text> wordLimits(String body, int minWords, int maxWords) {
        int words = WordCount.of(body);
        if (words < minWords) {
            return Optional.of(Text.of("lesson.problem.too-few-words", words, minWords, minWords - words));
        }
        if (words > maxWords) {
            return Optional.of(Text.of("lesson.problem.too-many-words", words, maxWords, words - maxWords));
        }
        return Optional.empty();
    }
}
