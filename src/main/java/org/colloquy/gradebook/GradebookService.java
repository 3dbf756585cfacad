package org.colloquy.gradebook;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.review.ReviewService;
import org.colloquy.schedule.Lateness;
import org.colloquy.schedule.ScheduleService;
import org.colloquy.seminar.results.LiveResultsService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's gradebook, for the instructors who teach it: built from the class's students (cohort), their progress
 * and answers (lesson), the rubric scores on them (review), their live answers (seminar) and which work came late
 * (schedule), each read once for the
 * whole class, so the number of queries does not grow with the class. Every method first checks that the signed-in
 * instructor teaches the class; a student, or an instructor of another class, is refused.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class GradebookService {

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final ReviewService reviews;
    private final LiveResultsService liveResults;
    private final ScheduleService schedules;
    private final CourseCatalog catalog;
    private final Clock clock;

    GradebookService(CohortService cohorts, CohortWorkService classWork, ReviewService reviews,
                     LiveResultsService liveResults, ScheduleService schedules, CourseCatalog catalog, Clock clock) {
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.reviews = reviews;
        this.liveResults = liveResults;
        this.schedules = schedules;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Gradebook gradebook(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Course course = catalog.require(cohort.courseKey());
        return new GradebookRows(course).build(cohort, cohorts.students(cohortId), classWork.progress(cohortId),
                classWork.responses(cohortId), reviews.grades(cohortId), liveResults.classAnswers(cohortId),
                schedules.lateness(cohortId).stream().filter(Lateness::late)
                        .map(late -> GradebookRows.lateKey(late.studentId(), late.lessonKey()))
                        .collect(Collectors.toSet()));
    }

    /** Writes the class's gradebook for another gradebook's import to {@code out} and flushes it. */
    @Transactional(readOnly = true)
    public void write(long cohortId, GradebookFormat format, OutputStream out) {
        GradebookCsv.write(gradebook(cohortId), format, out);
    }

    /** {@code gradebook-<class name>-<format>-<date>.csv}. */
    public String fileName(long cohortId, GradebookFormat format) {
        String name = cohorts.requireTeaching(cohortId).name().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-+$", "");
        }
        return "gradebook-" + (name.isEmpty() ? "class" : name) + "-" + format.id() + "-" + LocalDate.now(clock)
                + ".csv";
    }
}
