package org.colloquy.heatmap;

import org.colloquy.base.Author;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.UserRef;
import org.colloquy.argument.ArgumentMap;
import org.colloquy.argument.ArgumentMapService;
import org.colloquy.content.ArgueStep;
import org.colloquy.content.Citations;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.content.Step;
import org.colloquy.content.StepText;
import org.colloquy.discussion.DiscussionContribution;
import org.colloquy.discussion.DiscussionModerationService;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.content.Paragraph;

/**
 * Which paragraphs of the reading a cohort's work cites: discussion posts and replies, reasons on argument maps,
 * and lesson answers, each counted once per paragraph however often it cites it; and the answers to prompts about each
 * paragraph. Only for the cohort's instructors.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ReadingHeatMapService {

    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final CohortWorkService classWork;
    private final DiscussionModerationService discussions;
    private final ArgumentMapService maps;

    ReadingHeatMapService(CohortService cohorts, CourseCatalog catalog, CohortWorkService classWork,
                          DiscussionModerationService discussions, ArgumentMapService maps) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.classWork = classWork;
        this.discussions = discussions;
        this.maps = maps;
    }

    /** The classes of this course the signed-in instructor teaches. */
    @Transactional(readOnly = true)
    public List<CohortRef> classesReading(String courseKey) {
        return cohorts.cohortsITeach().stream().filter(cohort -> cohort.courseKey().equals(courseKey)).toList();
    }

    @Transactional(readOnly = true)
    public ReadingHeat heat(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Course course = catalog.require(cohort.courseKey());
        Map<String, String> promptNames = promptNames(course);
        Map<String, List<CitingWork>> byParagraph = new LinkedHashMap<>();
        for (DiscussionContribution contribution : discussions.contributions(cohortId)) {
            add(byParagraph, course, Citations.paragraphs(contribution.body(), course.reading()).stream()
                            .map(Paragraph::id).toList(),
                    new CitingWork(contribution.reply() ? CitingWork.Kind.REPLY : CitingWork.Kind.POST,
                            contribution.author(), name(promptNames, contribution.promptKey()), contribution.hidden(),
                            null, contribution.body(), contribution.promptKey()));
        }
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                if (step instanceof ArgueStep) {
                    String promptKey = PromptKey.of(lesson, step).toString();
                    for (ArgumentMap.ReasonView reason : maps.classMap(cohortId, promptKey).reasons()) {
                        add(byParagraph, course, reason.cites(), new CitingWork(CitingWork.Kind.REASON, reason.author(),
                                name(promptNames, promptKey), false, reason.side(), reason.body(),
                                promptKey));
                    }
                }
            }
        }
        Map<Long, UserRef> students = cohorts.students(cohortId).stream()
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
        List<StudentAnswer> submitted = classWork.submittedAnswers(cohortId);
        for (StudentAnswer answer : submitted) {
            if (answer.kind().equals("discuss")) {
                continue;
            }
            UserRef author = students.get(answer.userId());
            add(byParagraph, course, Citations.paragraphs(answer.body(), course.reading()).stream()
                            .map(Paragraph::id).toList(),
                    new CitingWork(CitingWork.Kind.ANSWER,
                            author == null ? Author.formerMember() : Author.named(author.displayName()),
                            name(promptNames, answer.promptKey()), false, null, answer.body(),
                            answer.promptKey()));
        }
        return new ReadingHeat(cohort, byParagraph, answersAbout(course, submitted));
    }

    /**
     * For every paragraph some prompt is about, how many submitted answers (discussion posts too) went to those
     * prompts; a prompt about a sentence is about its paragraph.
     */
    private static Map<String, Integer> answersAbout(Course course, List<StudentAnswer> submitted) {
        Map<String, Long> answersPerPrompt = submitted.stream()
                .collect(Collectors.groupingBy(StudentAnswer::promptKey, Collectors.counting()));
        Map<String, Integer> about = new HashMap<>();
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                if (!step.expectsAnswer()) {
                    continue;
                }
                long answers = answersPerPrompt.getOrDefault(PromptKey.of(lesson, step).toString(), 0L);
                step.cites().stream().map(ReadingHeatMapService::paragraphOf).distinct()
                        .filter(id -> course.reading().paragraph(id).isPresent())
                        .forEach(id -> about.merge(id, (int) answers, Integer::sum));
            }
        }
        return about;
    }

    private static String paragraphOf(String cite) {
        int dot = cite.indexOf('.');
        return dot < 0 ? cite : cite.substring(0, dot);
    }

    private static void add(Map<String, List<CitingWork>> byParagraph, Course course, List<String> paragraphIds,
                            CitingWork work) {
        paragraphIds.stream().distinct().filter(id -> course.reading().paragraph(id).isPresent())
                .forEach(id -> byParagraph.computeIfAbsent(id, key -> new ArrayList<>()).add(work));
    }

    private static Map<String, String> promptNames(Course course) {
        Map<String, String> names = new HashMap<>();
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                names.put(PromptKey.of(lesson, step).toString(), lesson.title() + ": " + StepText.oneLine(step));
            }
        }
        return names;
    }

    private static String name(Map<String, String> names, String promptKey) {
        return Optional.ofNullable(names.get(promptKey)).orElse(promptKey);
    }
}
