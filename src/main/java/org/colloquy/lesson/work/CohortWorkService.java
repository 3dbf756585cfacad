package org.colloquy.lesson.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.UserRef;
import org.colloquy.lesson.LessonProgress;
import org.colloquy.lesson.LessonProgressRepository;
import org.colloquy.lesson.LessonStatus;
import org.colloquy.lesson.Response;
import org.colloquy.lesson.ResponseRepository;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.Submission;
import org.colloquy.lesson.SubmissionRecord;
import org.colloquy.lesson.SubmissionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of a whole cohort, for the instructors who teach it. Every method first checks that the signed-in
 * instructor teaches the cohort, and only ever returns work of that cohort's students in its course, done at or
 * after each student joined the cohort ({@link SinceJoining}, decision 0032).
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
        SinceJoining since = sinceJoining(cohortId);
        return workOf(cohort.courseKey(), since.students(), since);
    }

    @Transactional(readOnly = true)
    public List<StudentAnswer> responsesTo(long cohortId, String promptKey) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        SinceJoining since = sinceJoining(cohortId);
        if (since.isEmpty()) {
            return List.of();
        }
        List<Response> found = responses.findByCourseKeyAndPromptKeyAndUserIdIn(cohort.courseKey(), promptKey,
                since.students()).stream().filter(since::shows).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Instant>> times = times(submissions.timesByResponseIds(found.stream().map(Response::getId).toList()));
        return found.stream().map(response -> since.answer(response, times.getOrDefault(response.getId(), List.of())))
                .toList();
    }

    /** Every answer of the cohort's students as last submitted in the cohort: drafts typed since stay their own. */
    @Transactional(readOnly = true)
    public List<StudentAnswer> submittedAnswers(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        SinceJoining since = sinceJoining(cohortId);
        if (since.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Submission>> versions = submissions.findByCourseKeyAndUserIdIn(cohort.courseKey(),
                since.students()).stream().collect(Collectors.groupingBy(Submission::getResponseId));
        List<StudentAnswer> answers = new ArrayList<>();
        for (Response response : responses.findByCourseKeyAndUserIdIn(cohort.courseKey(), since.students())) {
            List<Submission> inClass = versions.getOrDefault(response.getId(), List.of()).stream()
                    .filter(version -> since.shows(response.getUserId(), version.getSubmittedAt()))
                    .toList();
            if (!inClass.isEmpty()) {
                answers.add(StudentAnswer.submitted(response, inClass.getLast(), inClass.getLast().getNumber()));
            }
        }
        return answers;
    }

    /** One answer, if it belongs to a student of this cohort and was worked on since she joined. */
    @Transactional(readOnly = true)
    public Optional<StudentAnswer> response(long cohortId, long responseId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        SinceJoining since = sinceJoining(cohortId);
        return responses.findById(responseId)
                .filter(since::shows)
                .filter(response -> response.getCourseKey().equals(cohort.courseKey()))
                .map(response -> since.answer(response, submissions.findByResponseIdOrderByNumberAsc(responseId)
                        .stream().map(Submission::getSubmittedAt).toList()));
    }

    /** The submitted versions of one answer of the cohort, those made since its author joined. */
    @Transactional(readOnly = true)
    public List<SubmissionRecord> history(long cohortId, long responseId) {
        SinceJoining since = sinceJoining(cohortId);
        return response(cohortId, responseId)
                .map(found -> submissions.findByResponseIdOrderByNumberAsc(responseId).stream()
                        .filter(version -> since.shows(found.userId(), version.getSubmittedAt()))
                        .map(SubmissionRecord::of).toList())
                .orElse(List.of());
    }

    /** For each student of the cohort, the status of each lesson they have been in since joining. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, LessonStatus>> progress(long cohortId) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        SinceJoining since = sinceJoining(cohortId);
        Map<Long, Map<String, LessonStatus>> byStudent = new HashMap<>();
        if (since.isEmpty()) {
            return byStudent;
        }
        for (LessonProgress lessonProgress : progress.findByCourseKeyAndUserIdIn(cohort.courseKey(), since.students())) {
            if (since.shows(lessonProgress.getUserId(), lessonProgress.getUpdatedAt())) {
                byStudent.computeIfAbsent(lessonProgress.getUserId(), id -> new HashMap<>())
                        .put(lessonProgress.getLessonKey(), lessonProgress.getCompletedAt() != null
                                ? LessonStatus.DONE : LessonStatus.IN_PROGRESS);
            }
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
        SinceJoining since = sinceJoining(cohortId);
        for (int from = 0; from < students.size(); from += studentsPerPage) {
            List<UserRef> page = students.subList(from, Math.min(students.size(), from + studentsPerPage));
            action.accept(new CohortWorkPage(page,
                    workOf(cohort.courseKey(), page.stream().map(UserRef::id).toList(), since)));
        }
    }

    private SinceJoining sinceJoining(long cohortId) {
        return new SinceJoining(cohorts.joinedAt(cohortId));
    }

    /**
     * The students' answers in the course with their submission times, read per student rather than per answer:
     * a list of every answer's id would be slow on H2 and, past 65,535 answers, too long for PostgreSQL.
     */
    private List<StudentAnswer> workOf(String courseKey, Collection<Long> students, SinceJoining since) {
        if (students.isEmpty()) {
            return List.of();
        }
        List<Response> found = responses.findByCourseKeyAndUserIdIn(courseKey, students).stream()
                .filter(since::shows).toList();
        Map<Long, List<Instant>> times = times(submissions.timesByCourseKeyAndUserIdIn(courseKey, students));
        return found.stream().map(response -> since.answer(response, times.getOrDefault(response.getId(), List.of())))
                .toList();
    }

    private static Map<Long, List<Instant>> times(List<Object[]> rows) {
        Map<Long, List<Instant>> byResponse = new HashMap<>();
        for (Object[] row : rows) {
            byResponse.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Instant) row[1]);
        }
        return byResponse;
    }
}
