package org.colloquy.lesson.work;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.UserRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.colloquy.lesson.LessonProgress;
import org.colloquy.lesson.LessonProgressRepository;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.Response;
import org.colloquy.lesson.ResponseRepository;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.Submission;
import org.colloquy.lesson.SubmissionRecord;
import org.colloquy.lesson.SubmissionRepository;
import java.util.stream.Collectors;

/**
 * The work of a whole cohort, for the instructors who teach it. Every method first checks that the signed-in
 * instructor teaches the cohort, and only ever returns work of that cohort's students in its course.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class CohortWorkService {

    private final ResponseRepository responses;
    private final SubmissionRepository submissions;
    private final LessonProgressRepository progress;
    private final CohortService cohorts;

    CohortWorkService(ResponseRepository responses, SubmissionRepository submissions, LessonProgressRepository progress,
                     CohortService cohorts) {
        this.responses = responses;
        this.submissions = submissions;
        this.progress = progress;
        this.cohorts = cohorts;
    }

    @Transactional(readOnly = true)
    public List<StudentAnswer> responses(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        return workOf(cohort.courseKey(), cohorts.studentIds(cohortId));
    }

    @Transactional(readOnly = true)
    public List<StudentAnswer> responsesTo(long cohortId, String promptKey) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Set<Long> students = cohorts.studentIds(cohortId);
        return withCounts(students.isEmpty() ? List.of()
                : responses.findByCourseKeyAndPromptKeyAndUserIdIn(cohort.courseKey(), promptKey, students));
    }

    /** Every submitted answer of the cohort's students, as last submitted: drafts typed since stay their own. */
    @Transactional(readOnly = true)
    public List<StudentAnswer> submittedAnswers(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Set<Long> students = cohorts.studentIds(cohortId);
        if (students.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Submission>> versions = submissions.findByCourseKeyAndUserIdIn(cohort.courseKey(), students)
                .stream().collect(Collectors.groupingBy(Submission::getResponseId));
        return responses.findByCourseKeyAndUserIdIn(cohort.courseKey(), students).stream()
                .filter(response -> versions.containsKey(response.getId()))
                .map(response -> {
                    List<Submission> mine = versions.get(response.getId());
                    return StudentAnswer.submitted(response, mine.getLast(), mine.size());
                })
                .toList();
    }

    /** One response, if it belongs to a student of this cohort. */
    @Transactional(readOnly = true)
    public Optional<StudentAnswer> response(long cohortId, long responseId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Set<Long> students = cohorts.studentIds(cohortId);
        return responses.findById(responseId)
                .filter(response -> students.contains(response.getUserId()))
                .filter(response -> response.getCourseKey().equals(cohort.courseKey()))
                .map(response -> StudentAnswer.of(response, submissions.countByResponseId(responseId)));
    }

    @Transactional(readOnly = true)
    public List<SubmissionRecord> history(long cohortId, long responseId) {
        return response(cohortId, responseId)
                .map(found -> submissions.findByResponseIdOrderByNumberAsc(responseId).stream()
                        .map(SubmissionRecord::of).toList())
                .orElse(List.of());
    }

    /** For each student of the cohort, the status of each lesson they have opened. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, LessonStatus>> progress(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Set<Long> students = cohorts.studentIds(cohortId);
        Map<Long, Map<String, LessonStatus>> byStudent = new HashMap<>();
        if (students.isEmpty()) {
            return byStudent;
        }
        for (LessonProgress lessonProgress : progress.findByCourseKeyAndUserIdIn(cohort.courseKey(), students)) {
            byStudent.computeIfAbsent(lessonProgress.getUserId(), id -> new HashMap<>())
                    .put(lessonProgress.getLessonKey(), lessonProgress.getCompletedAt() != null
                            ? LessonStatus.DONE : LessonStatus.IN_PROGRESS);
        }
        return byStudent;
    }

    /**
     * Every answer of the cohort, handed over a page of students at a time, students in the order of
     * {@link CohortService#students}. Deliberately not one transaction: each page is read in its own, so nothing
     * read for earlier pages stays in memory however many answers the cohort has.
     */
    public void forEachPage(long cohortId, int studentsPerPage, Consumer<CohortWorkPage> action) {
        if (studentsPerPage < 1) {
            throw new IllegalArgumentException("A page holds at least one student.");
        }
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        List<UserRef> students = cohorts.students(cohortId);
        for (int from = 0; from < students.size(); from += studentsPerPage) {
            List<UserRef> page = students.subList(from, Math.min(students.size(), from + studentsPerPage));
            action.accept(new CohortWorkPage(page, workOf(cohort.courseKey(), page.stream().map(UserRef::id).toList())));
        }
    }

    /**
     * The students' answers in the course with their submission counts, counted per student rather than per answer:
     * a list of every answer's id would be slow on H2 and, past 65,535 answers, too long for PostgreSQL.
     */
    private List<StudentAnswer> workOf(String courseKey, Collection<Long> students) {
        if (students.isEmpty()) {
            return List.of();
        }
        List<Response> found = responses.findByCourseKeyAndUserIdIn(courseKey, students);
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : submissions.countByCourseKeyAndUserIdIn(courseKey, students)) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return found.stream().map(response -> StudentAnswer.of(response, counts.getOrDefault(response.getId(), 0)))
                .toList();
    }

    private List<StudentAnswer> withCounts(Collection<Response> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : submissions.countByResponseIds(found.stream().map(Response::getId).toList())) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return found.stream().map(response -> StudentAnswer.of(response, counts.getOrDefault(response.getId(), 0)))
                .toList();
    }
}
