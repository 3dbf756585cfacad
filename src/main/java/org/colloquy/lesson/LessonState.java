package org.colloquy.lesson;

import java.util.Map;
import java.util.Optional;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;

/** A lesson as the player opens it: where to resume, and the student's answers so far by step key. */
public record LessonState(Course course, Lesson lesson, int currentStepIndex, Map<String, AnswerSnapshot> answers,
                          boolean completed) {

    public LessonState {
        answers = Map.copyOf(answers);
    }

    public Optional<AnswerSnapshot> answer(String stepKey) {
        return Optional.ofNullable(answers.get(stepKey));
    }
}
