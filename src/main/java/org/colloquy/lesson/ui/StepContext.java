package org.colloquy.lesson.ui;

import org.colloquy.argument.ArgumentMapService;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Step;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.LessonState;

/**
 * What a step panel needs: the lesson it is in, the student's answers so far, the service to save them, and whom to
 * tell when an answer was submitted (the lesson view marks the step as answered).
 */
record StepContext(LessonState state, AnswerService answers, ArgumentMapService arguments, String username,
                   Runnable onSubmitted) {

    Course course() {
        return state.course();
    }

    Lesson lesson() {
        return state.lesson();
    }

    String promptKey(Step step) {
        return PromptKey.of(lesson(), step).toString();
    }

    /** The browser-side key of an unsaved copy: per person, course and prompt, so people sharing a browser never see each other's text. */
    String storageKey(Step step) {
        return "colloquy-draft:" + username + ":" + course().key() + ":" + promptKey(step);
    }
}
