package org.colloquy.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Step;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which parts of the essay a cohort engages with, counted through the prompts that cite them. */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class PassageEngagementService {

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final CourseCatalog catalog;

    PassageEngagementService(CohortService cohorts, CohortWorkService classWork, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.catalog = catalog;
    }

    @Transactional(readOnly = true)
    public PassageEngagement engagement(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Course course = catalog.require(cohort.courseKey());
        Map<String, Long> answersPerPrompt = classWork.responses(cohortId).stream()
                .filter(response -> !response.body().isBlank() || response.choice() != null)
                .collect(Collectors.groupingBy(StudentAnswer::promptKey, Collectors.counting()));
        List<PassageEngagement.Row> rows = course.reading().paragraphs().stream().map(paragraph -> {
            int prompts = 0;
            int answers = 0;
            for (Lesson lesson : course.lessons()) {
                for (Step step : lesson.steps()) {
                    if (step.expectsAnswer() && step.cites().contains(paragraph.id())) {
                        prompts++;
                        answers += answersPerPrompt.getOrDefault(PromptKey.of(lesson, step).toString(), 0L).intValue();
                    }
                }
            }
            return new PassageEngagement.Row(paragraph, prompts, answers);
        }).toList();
        return new PassageEngagement(cohort, course.reading().title(), rows);
    }
}
