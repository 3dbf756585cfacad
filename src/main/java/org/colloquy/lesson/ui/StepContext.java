package org.colloquy.lesson.ui;

import org.colloquy.argument.ArgumentMapService;
import org.colloquy.content.Course;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Step;
import java.util.List;
import org.colloquy.cohort.CohortRef;
import org.colloquy.lesson.LessonState;

/**
 * What a step panel needs: the lesson it is in, the student's answers so far, where to send them, and whom to
 * tell when an answer was submitted (the lesson view marks the step as answered). In a preview, the classes the
 * instructor teaches in this course, whose discussions a discuss step links to.
 */
record StepContext(LessonState state, StepAnswers answers, ArgumentMapService arguments, String username,
                   Runnable onSubmitted, List<CohortRef> classesTaught) {

    boolean preview() {
        return !answers.keepsWork();
    }

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
