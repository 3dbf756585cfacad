package org.colloquy.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.colloquy.cohort.CohortRef;
import org.colloquy.identity.UserRef;
import org.colloquy.content.Course;
import org.colloquy.lesson.LessonStatus;

/** Where a whole cohort stands: every student on every lesson, every prompt's answers, who needs a nudge. */
public record CohortOverview(
        CohortRef cohort,
        Course course,
        List<StudentRow> students,
        List<PromptCount> prompts,
        List<UserRef> notStarted,
        List<UserRef> stalled,
        List<RecentSubmission> recent) {

    public record StudentRow(UserRef student, Map<String, LessonStatus> lessons) {
        public LessonStatus status(String lessonKey) {
            return lessons.getOrDefault(lessonKey, LessonStatus.NOT_STARTED);
        }
    }

    public record PromptCount(String lessonKey, String stepKey, String promptKey, String prompt, long submitted,
                              long draftOnly) {
    }

    public record RecentSubmission(UserRef student, String promptKey, String prompt, Instant submittedAt) {
    }
}
