package org.colloquy.review.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.CourseCatalog;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.schedule.ScheduleService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.colloquy.review.Feedback;
import org.colloquy.identity.UserRef;
import org.colloquy.seminar.results.LiveResultsService;

/**
 * Every answer of a cohort as one CSV or JSON file, one row per answer, for the instructors who teach it; each
 * student's answers in the class's live sessions follow her lesson answers, with the status {@code live}. Rows are
 * written as they are read, a page of students at a time, so memory does not grow with the size of the cohort's work.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class CohortExportService {

    /** About a thousand rows per page with a course of fifty prompts. */
    static final int STUDENTS_PER_PAGE = 20;

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final ExportFeedback feedback;
    private final CourseCatalog catalog;
    private final LiveResultsService liveResults;
    private final Clock clock;
    private final ScheduleService schedules;

    CohortExportService(CohortService cohorts, CohortWorkService classWork, ExportFeedback feedback,
                        CourseCatalog catalog, LiveResultsService liveResults, Clock clock, ScheduleService schedules) {
        this.liveResults = liveResults;
        this.schedules = schedules;
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.feedback = feedback;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Writes the cohort's answers to {@code out} and flushes it; the caller closes it. Not one transaction on
     * purpose: each page is read in its own, so the persistence context never holds more than one page.
     */
    public void write(long cohortId, ExportFormat format, OutputStream out) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        ExportRows rows = new ExportRows(cohort.courseKey(), catalog.course(cohort.courseKey()).orElse(null),
                cohort.name(), schedules.datesOfClass(cohortId));
        ExportWriter writer = format.start(out);
        classWork.forEachPage(cohortId, STUDENTS_PER_PAGE, page -> {
            Map<Long, Feedback> ofThisCohort = feedback.on(page.responses()).entrySet().stream()
                    .filter(entry -> entry.getValue().getCohortId() == cohortId)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            rows.of(page.students(), page.responses(), ofThisCohort, liveResults.classAnswersOf(cohortId,
                    page.students().stream().map(UserRef::id).toList())).forEach(writer::write);
        });
        writer.finish();
    }

    /** {@code colloquy-<class name>-<date>.csv} or {@code .json}. */
    public String fileName(long cohortId, ExportFormat format) {
        return ExportFileNames.of(cohorts.requireTeaching(cohortId).name(), LocalDate.now(clock), format);
    }
}
