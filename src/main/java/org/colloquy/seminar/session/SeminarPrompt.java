package org.colloquy.seminar.session;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.colloquy.content.CheckStep;
import org.colloquy.content.Course;
import org.colloquy.content.DiscussStep;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Prose;
import org.colloquy.content.ReadStep;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Step;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.StepText;

/**
 * One prompt of a live session, numbered from 1: a step of a lesson that takes an answer, used as it is (the
 * step is shared content, never copied). Respond and discuss steps take open answers, a check is a poll, a
 * position is an agree–disagree scale. Its key is the prompt key, {@code lessonKey/stepKey}: a session may ask
 * prompts of several lessons, and step keys repeat across lessons.
 */
public record SeminarPrompt(int number, String lessonKey, Step step) {

    public enum Kind {
        OPEN, POLL, SCALE
    }

    /**
     * An option of a poll ({@code label} is the course's text, {@code point} 0), or a point of the agree–disagree
     * scale ({@code point} 1 to 5, which views name in the reader's language; {@code label} is its English name).
     */
    public record Choice(String key, String label, int point) {
    }

    /** The answerable steps of a lesson, in order. */
    static List<SeminarPrompt> of(Lesson lesson) {
        List<SeminarPrompt> prompts = new ArrayList<>();
        for (Step step : lesson.steps()) {
            if (step.expectsAnswer()) {
                prompts.add(new SeminarPrompt(prompts.size() + 1, lesson.key(), step));
            }
        }
        return List.copyOf(prompts);
    }

    /** The prompts of these prompt keys, in this order; keys the course no longer answers are left out. */
    static List<SeminarPrompt> of(Course course, List<String> promptKeys) {
        List<SeminarPrompt> prompts = new ArrayList<>();
        for (String promptKey : promptKeys) {
            Optional<PromptKey> key = PromptKey.parse(promptKey);
            Optional<Step> step = course.step(promptKey).filter(Step::expectsAnswer);
            if (key.isPresent() && step.isPresent()) {
                prompts.add(new SeminarPrompt(prompts.size() + 1, key.get().lessonKey(), step.get()));
            }
        }
        return List.copyOf(prompts);
    }

    /** The prompt key, {@code lessonKey/stepKey}, its answers are stored against. */
    public String key() {
        return lessonKey + "/" + step.key();
    }

    public Kind kind() {
        return switch (step) {
            case CheckStep check -> Kind.POLL;
            case PositionStep position -> Kind.SCALE;
            case RespondStep respond -> Kind.OPEN;
            case DiscussStep discuss -> Kind.OPEN;
            case ReadStep read -> throw new IllegalStateException("A reading step is not a prompt: " + read.key());
            case ArgueStep argue ->
                    throw new IllegalStateException("An argument map is not a live prompt: " + argue.key());
        };
    }

    public Prose text() {
        return StepText.question(step);
    }

    /** The options of a poll or the points of the scale; none for an open prompt. */
    public List<Choice> choices() {
        return switch (step) {
            case CheckStep check -> check.options().stream()
                    .map(option -> new Choice(option.key(), option.text(), 0)).toList();
            case PositionStep position -> IntStream.rangeClosed(1, PositionStep.SCALE.size())
                    .mapToObj(point -> new Choice(String.valueOf(point), PositionStep.label(point), point)).toList();
            default -> List.of();
        };
    }

    /** The point of the scale a choice names, 1 to 5; 0 for a poll's option, an open answer or an unknown key. */
    public int pointOf(@Nullable String choiceKey) {
        return choices().stream().filter(choice -> choice.key().equals(choiceKey)).mapToInt(Choice::point)
                .findFirst().orElse(0);
    }

    public Optional<String> labelOf(String choiceKey) {
        return choices().stream().filter(choice -> choice.key().equals(choiceKey)).map(Choice::label).findFirst();
    }

    /** The label of an option, or its key when the course no longer offers it. */
    public String labelOrKey(String choiceKey) {
        return labelOf(choiceKey).orElse(choiceKey);
    }
}
