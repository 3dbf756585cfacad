package org.colloquy.review.ui;

import java.util.List;
import org.colloquy.base.ui.PageAddress;
import org.colloquy.cohort.ui.CohortPages;

/** Where an instructor's pages are: her classes, a class's overview and what opens from it, and data export. */
public final class ReviewPages {

    private ReviewPages() {
    }

    public static String classes() {
        return PageAddress.of(CohortsView.class);
    }

    public static String cohort(long cohortId) {
        return CohortPages.classPage(cohortId);
    }

    /** The class's page opened on one of its tabs. */
    public static String cohort(long cohortId, CohortTab tab) {
        return PageAddress.withQuery(CohortPages.classPage(cohortId), CohortTab.PARAMETER, tab.id());
    }

    public static String lessonInsights(long cohortId, String lessonKey) {
        return PageAddress.of(LessonInsightsView.class, "cohortId", cohortId, "lessonKey", lessonKey);
    }

    public static String passages(long cohortId) {
        return PageAddress.of(PassageEngagementView.class, "cohortId", cohortId);
    }

    public static String reviewQueue(long cohortId, String promptKey) {
        List<String> keys = PageAddress.lessonAndStep(promptKey);
        return PageAddress.of(ReviewQueueView.class, "cohortId", cohortId, "lessonKey", keys.get(0),
                "stepKey", keys.get(1));
    }

    public static String liveSession(long cohortId, long sessionId) {
        return PageAddress.of(LiveSessionResultsView.class, "cohortId", cohortId, "sessionId", sessionId);
    }

    public static String studentLiveAnswers(long cohortId, long studentId) {
        return PageAddress.of(StudentLiveAnswersView.class, "cohortId", cohortId, "studentId", studentId);
    }
}
