package org.colloquy.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.UserRef;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Step;
import org.colloquy.content.StepText;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.StudentAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the cohort overview dashboard. */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class CohortOverviewService {

    static final Duration STALLED_AFTER = Duration.ofDays(7);
    static final int RECENT = 10;

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final CourseCatalog catalog;
    private final Clock clock;

    CohortOverviewService(CohortService cohorts, CohortWorkService classWork, CourseCatalog catalog, Clock clock) {
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CohortOverview overview(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Course course = catalog.require(cohort.courseKey());
        List<UserRef> students = cohorts.students(cohortId);
        Map<Long, UserRef> byId = students.stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
        Map<Long, Map<String, LessonStatus>> progress = classWork.progress(cohortId);
        List<StudentAnswer> responses = classWork.responses(cohortId);

        List<CohortOverview.StudentRow> rows = students.stream()
                .map(student -> new CohortOverview.StudentRow(student, progress.getOrDefault(student.id(), Map.of())))
                .toList();
        List<UserRef> notStarted = students.stream().filter(student -> !progress.containsKey(student.id())).toList();
        return new CohortOverview(cohort, course, rows, promptCounts(course, responses), notStarted,
                stalled(students, progress, responses), recent(course, responses, byId));
    }

    private static List<CohortOverview.PromptCount> promptCounts(Course course, List<StudentAnswer> responses) {
        Map<String, List<StudentAnswer>> byPrompt = responses.stream()
                .collect(Collectors.groupingBy(StudentAnswer::promptKey));
        List<CohortOverview.PromptCount> counts = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                if (!step.expectsAnswer()) {
                    continue;
                }
                String promptKey = PromptKey.of(lesson, step).toString();
                List<StudentAnswer> answers = byPrompt.getOrDefault(promptKey, List.of());
                long submitted = answers.stream().filter(StudentAnswer::isSubmitted).count();
                counts.add(new CohortOverview.PromptCount(lesson.key(), step.key(), promptKey,
                        StepText.whole(step), submitted, answers.size() - submitted));
            }
        }
        return counts;
    }

    private List<UserRef> stalled(List<UserRef> students, Map<Long, Map<String, LessonStatus>> progress,
                                  List<StudentAnswer> responses) {
        Instant cutOff = clock.instant().minus(STALLED_AFTER);
        Map<Long, Instant> lastSave = responses.stream().collect(Collectors.toMap(StudentAnswer::userId,
                StudentAnswer::savedAt, (a, b) -> a.isAfter(b) ? a : b));
        return students.stream()
                .filter(student -> progress.getOrDefault(student.id(), Map.of()).containsValue(LessonStatus.IN_PROGRESS))
                .filter(student -> lastSave.getOrDefault(student.id(), Instant.EPOCH).isBefore(cutOff))
                .toList();
    }

    private static List<CohortOverview.RecentSubmission> recent(Course course, List<StudentAnswer> responses,
                                                                Map<Long, UserRef> students) {
        return responses.stream()
                .filter(StudentAnswer::isSubmitted)
                .filter(response -> students.containsKey(response.userId())) // not of an account that is gone
                .sorted(Comparator.comparing((StudentAnswer response) -> Objects.requireNonNull(response.submittedAt()))
                        .reversed())
                .limit(RECENT)
                .map(response -> new CohortOverview.RecentSubmission(students.get(response.userId()),
                        response.promptKey(),
                        course.step(response.promptKey()).map(StepText::oneLine).orElse(response.promptKey()),
                        Objects.requireNonNull(response.submittedAt())))
                .toList();
    }
}
