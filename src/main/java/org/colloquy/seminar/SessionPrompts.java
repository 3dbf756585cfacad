package org.colloquy.seminar;

import java.util.List;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.springframework.stereotype.Component;

/** The prompts a session asks, read from the shared course content, and the one on screen. */
@Component
class SessionPrompts {

    private final CourseCatalog catalog;

    SessionPrompts(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    Course courseOf(SeminarSession session) {
        return catalog.require(session.getCourseKey());
    }

    Lesson lessonOf(SeminarSession session) {
        return courseOf(session).lesson(session.getLessonKey()).orElseThrow(() -> new IllegalStateException(
                "The lesson " + session.getLessonKey() + " is no longer part of the course."));
    }

    List<SeminarPrompt> of(SeminarSession session) {
        return SeminarPrompt.of(lessonOf(session));
    }

    /** The prompt on screen; the last one if the lesson has since lost prompts. */
    static int currentIndex(SeminarSession session, List<SeminarPrompt> prompts) {
        return Math.min(session.getPromptIndex(), prompts.size() - 1);
    }

    SeminarPrompt current(SeminarSession session) {
        List<SeminarPrompt> prompts = of(session);
        return prompts.get(currentIndex(session, prompts));
    }
}
