package org.colloquy.review;

import org.colloquy.base.i18n.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.CheckStep;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PositionStep;
import org.colloquy.content.Step;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The per-lesson dashboard: position distributions and shifts, and the share of each check option. */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class LessonInsightsService {

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final CourseCatalog catalog;

    LessonInsightsService(CohortService cohorts, CohortWorkService classWork, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public LessonInsights insights(long cohortId, String lessonKey) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Course course = catalog.require(cohort.courseKey());
        Lesson lesson = course.lesson(lessonKey)
                .orElseThrow(() -> Refusal.of("review.insights.no-lesson", lessonKey));
        Map<String, Map<Long, StudentAnswer>> byStep = classWork.responses(cohortId).stream()
                .filter(StudentAnswer::isSubmitted)
                .filter(response -> response.promptKey().startsWith(lessonKey + "/"))
                .collect(Collectors.groupingBy(response -> response.promptKey().substring(lessonKey.length() + 1),
                        Collectors.toMap(StudentAnswer::userId, response -> response)));
        List<LessonInsights.PositionInsight> positions = new ArrayList<>();
        List<LessonInsights.CheckInsight> checks = new ArrayList<>();
        for (Step step : lesson.steps()) {
            Map<Long, StudentAnswer> answers = byStep.getOrDefault(step.key(), Map.of());
            if (step instanceof PositionStep after && after.moment() == PositionStep.Moment.AFTER && after.repeats() != null) {
                positions.add(position(after, byStep.getOrDefault(after.repeats(), Map.of()), answers));
            } else if (step instanceof CheckStep check) {
                checks.add(check(check, answers));
            }
        }
        return new LessonInsights(cohort, lesson, positions, checks);
    }

    private static LessonInsights.PositionInsight position(PositionStep after, Map<Long, StudentAnswer> before,
                                                           Map<Long, StudentAnswer> now) {
        int points = PositionStep.SCALE.size();
        int[] beforeCounts = counts(before, points);
        int[] afterCounts = counts(now, points);
        int towardAgree = 0;
        int towardDisagree = 0;
        int stayed = 0;
        for (Map.Entry<Long, StudentAnswer> entry : before.entrySet()) {
            StudentAnswer later = now.get(entry.getKey());
            Integer from = point(entry.getValue());
            Integer to = later == null ? null : point(later);
            if (from == null || to == null) {
                continue;
            }
            if (to > from) {
                towardAgree++;
            } else if (to < from) {
                towardDisagree++;
            } else {
                stayed++;
            }
        }
        return new LessonInsights.PositionInsight(after.claim().plainText(), beforeCounts, afterCounts, towardAgree,
                towardDisagree, stayed);
    }

    private static int[] counts(Map<Long, StudentAnswer> answers, int points) {
        int[] counts = new int[points];
        for (StudentAnswer answer : answers.values()) {
            Integer point = point(answer);
            if (point != null) {
                counts[point - 1]++;
            }
        }
        return counts;
    }

    private static Integer point(StudentAnswer answer) {
        String choice = answer.choice();
        int point = PositionStep.point(choice);
        return point > 0 ? point : null;
    }

    private static LessonInsights.CheckInsight check(CheckStep check, Map<Long, StudentAnswer> answers) {
        Map<String, Long> chosen = answers.values().stream()
                .filter(answer -> answer.choice() != null)
                .collect(Collectors.groupingBy(StudentAnswer::choice, Collectors.counting()));
        List<LessonInsights.OptionShare> options = check.options().stream()
                .map(option -> new LessonInsights.OptionShare(option.text(), option.correct(),
                        chosen.getOrDefault(option.key(), 0L).intValue()))
                .toList();
        return new LessonInsights.CheckInsight(check.question().plainText(), options, answers.size());
    }
}
