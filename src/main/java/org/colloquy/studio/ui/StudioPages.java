package org.colloquy.studio.ui;

import org.colloquy.base.ui.PageAddress;
import org.colloquy.lesson.ui.LessonPages;

/** Where the course studio is: its home, a new course from an essay, a draft, a lesson previewed from a draft. */
public final class StudioPages {

    private StudioPages() {
    }

    /** The studio's home: my drafts, my courses and their owners, held-back courses, new course, import a zip. */
    public static String studio() {
        return PageAddress.of(StudioHomeView.class);
    }

    /** A new course from an essay: import it, keep its open questions, draft the course. */
    public static String newCourse() {
        return PageAddress.of(StudioView.class);
    }

    /** A kept draft: its outline, problems, previews, publish and download. */
    public static String draft(long draftId) {
        return PageAddress.of(DraftView.class, "draftId", draftId);
    }

    /** A lesson of a draft in the lesson player, as a student will see it, nothing kept. */
    public static String draftLesson(long draftId, String lessonKey) {
        return LessonPages.studioDraftLesson(draftId, lessonKey);
    }
}
