package org.colloquy.lesson.ui;

import org.colloquy.base.ui.PageAddress;
import java.util.List;
import org.colloquy.content.ui.ContentPages;

/** Where a student's pages are (the courses, a course's home, a lesson, its discussions, My work), and a class's discussion a preview links to. */
public final class LessonPages {

    /**
     * The route of a prompt's class discussion. The discussion feature's view takes it; it is named here, where a
     * lesson links to it, because the lesson feature cannot depend on the discussion feature (which builds on it).
     */
    public static final String DISCUSSION = "course/:courseKey/discussion/:lessonKey/:stepKey";

    /**
     * The route of a class's discussion of a prompt, as its instructors see it. The discussion feature's view takes
     * it; it is named here because a lesson preview links to it.
     */
    public static final String CLASS_DISCUSSION = "classes/:cohortId/discussion/:lessonKey/:stepKey";

    /**
     * The route of a draft's page in the course studio. The studio's view takes it; it is named here because a lesson
     * previewed from a draft leads back to it, and the lesson feature cannot depend on the studio (built on it).
     */
    public static final String STUDIO_DRAFT = "studio/drafts/:draftId";

    private LessonPages() {
    }

    public static String course(String courseKey) {
        return ContentPages.courseHome(courseKey);
    }

    public static String lesson(String courseKey, String lessonKey) {
        return PageAddress.of(LessonView.class, "courseKey", courseKey, "lessonKey", lessonKey);
    }

    /** A lesson of a course drafted in the studio, in the lesson player as a student would see it, nothing kept. */
    public static String studioDraftLesson(long draftId, String lessonKey) {
        return PageAddress.of(DraftLessonView.class, "draftId", draftId, "lessonKey", lessonKey);
    }

    /** The page of a draft in the course studio. */
    public static String studioDraft(long draftId) {
        return PageAddress.fill(STUDIO_DRAFT, "draftId", draftId);
    }

    public static String home() {
        return PageAddress.of(HomeView.class);
    }

    public static String discussion(String courseKey, String promptKey) {
        List<String> keys = PageAddress.lessonAndStep(promptKey);
        return PageAddress.fill(DISCUSSION, "courseKey", courseKey, "lessonKey", keys.get(0), "stepKey", keys.get(1));
    }

    public static String classDiscussion(long cohortId, String promptKey) {
        List<String> keys = PageAddress.lessonAndStep(promptKey);
        return PageAddress.fill(CLASS_DISCUSSION, "cohortId", cohortId, "lessonKey", keys.get(0),
                "stepKey", keys.get(1));
    }

    public static String myWork() {
        return PageAddress.of(MyWorkView.class);
    }
}
