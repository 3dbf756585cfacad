package org.colloquy.review.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquy.identity.AccountService;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.UserRef;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.work.StudentDataService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.seminar.results.ClassLiveAnswer;
import org.colloquy.seminar.results.LiveResultsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A data-subject request: every answer one person wrote, in every course, with the feedback on it, and every answer
 * she gave in live sessions with her account (status {@code live}), in the same rows as the cohort export. Admins only.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StudentDataExportService {

    private final AccountService accounts;
    private final CohortService cohorts;
    private final StudentDataService studentData;
    private final ExportFeedback feedback;
    private final CourseCatalog catalog;
    private final LiveResultsService liveResults;
    private final Clock clock;

    StudentDataExportService(AccountService accounts, CohortService cohorts, StudentDataService studentData,
                             ExportFeedback feedback, CourseCatalog catalog, LiveResultsService liveResults,
                             Clock clock) {
        this.liveResults = liveResults;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.studentData = studentData;
        this.feedback = feedback;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The person with this username and how much they wrote, live answers included; empty if no account has it. */
    public Optional<DataSubject> find(String username) {
        return accounts.findByUsername(username).map(person -> {
            Map<String, List<ClassLiveAnswer>> live = liveResults.everyAnswerOf(person.id());
            List<String> lessonCourses = studentData.coursesAnsweredBy(person.id());
            int answers = lessonCourses.stream()
                    .mapToInt(course -> studentData.responsesOf(person.id(), course).size()).sum()
                    + live.values().stream().mapToInt(List::size).sum();
            return new DataSubject(person, answers, withLiveCourses(lessonCourses, live));
        });
    }

    /**
     * Writes the person's answers, course by course, to {@code out} and flushes it; the caller closes it.
     *
     * @throws IllegalArgumentException if no account has the username
     */
    public void write(String username, ExportFormat format, OutputStream out) {
        UserRef person = require(username);
        Map<String, String> cohortNamesByCourse = cohorts.cohortsOf(person.id()).stream()
                .collect(Collectors.groupingBy(CohortRef::courseKey,
                        Collectors.mapping(CohortRef::name, Collectors.joining("; "))));
        Map<String, List<ClassLiveAnswer>> live = liveResults.everyAnswerOf(person.id());
        ExportWriter writer = format.start(out);
        for (String courseKey : withLiveCourses(studentData.coursesAnsweredBy(person.id()), live)) {
            List<StudentAnswer> responses = studentData.responsesOf(person.id(), courseKey);
            ExportRows rows = new ExportRows(courseKey, catalog.course(courseKey).orElse(null),
                    cohortNamesByCourse.getOrDefault(courseKey, ""));
            rows.of(List.of(person), responses, feedback.on(responses), live.getOrDefault(courseKey, List.of()))
                    .forEach(writer::write);
        }
        writer.finish();
    }

    private static List<String> withLiveCourses(List<String> lessonCourses, Map<String, List<ClassLiveAnswer>> live) {
        return java.util.stream.Stream.concat(lessonCourses.stream(), live.keySet().stream()).distinct().toList();
    }

    /** {@code colloquy-data-<username>-<date>.csv} or {@code .json}. */
    public String fileName(String username, ExportFormat format) {
        return ExportFileNames.of("data-" + require(username).username(), LocalDate.now(clock), format);
    }

    private UserRef require(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account has the username " + username.strip() + "."));
    }
}
