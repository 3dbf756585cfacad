package org.colloquy.lesson;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.ReadStep;
import org.colloquy.content.Step;

/**
 * A lesson as the player opens it: where to resume, the student's answers so far by step key, and the keys of the
 * read steps she has read.
 */
public record LessonState(Course course, Lesson lesson, int currentStepIndex, Map<String, AnswerSnapshot> answers,
                          Set<String> readSteps, boolean completed) {

    public LessonState {
        answers = Map.copyOf(answers);
        readSteps = Set.copyOf(readSteps);
    }

    /** A read step is done once read through; a step that asks for something, once its answer is submitted. */
    public boolean isDone(Step step) {
        return step instanceof ReadStep ? readSteps.contains(step.key())
                : answer(step.key()).filter(AnswerSnapshot::isSubmitted).isPresent();
    }

    public Optional<AnswerSnapshot> answer(String stepKey) {
        return Optional.ofNullable(answers.get(stepKey));
    }
}
