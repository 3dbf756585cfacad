package org.colloquy.lesson;

import org.colloquy.base.i18n.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.colloquy.identity.CurrentUser;
import org.colloquy.base.AnswerText;
import org.colloquy.content.Course;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Step;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortService;
import org.colloquy.content.PromptKey;
import org.colloquy.schedule.DueDates;
import org.colloquy.schedule.ScheduleService;

/**
 * Stores a student's answers: drafts while typing, submissions kept for good. Always the signed-in
 * student's own answers; a save that quotes an old revision is refused as a conflict, never applied.
 */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class AnswerService {

    private final ResponseRepository responses;
    private final SubmissionRepository submissions;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final FeedbackLookup feedback;
    private final CohortService cohorts;
    private final Clock clock;
    private final PeerVisibility peers;
    private final ScheduleService schedules;

    AnswerService(ResponseRepository responses, SubmissionRepository submissions, CourseCatalog catalog,
                  CurrentUser currentUser, ApplicationEventPublisher events,
                  PlatformTransactionManager transactionManager, FeedbackLookup feedback,
                  CohortService cohorts, Clock clock, PeerVisibility peers, ScheduleService schedules) {
        this.peers = peers;
        this.schedules = schedules;
        this.responses = responses;
        this.submissions = submissions;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.feedback = feedback;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    public SaveOutcome saveDraft(String courseKey, String promptKey, String body, @Nullable String choice,
                                 int expectedRevision) {
        return store(courseKey, promptKey, body, choice, expectedRevision, false);
    }

    public SaveOutcome submit(String courseKey, String promptKey, String body, @Nullable String choice,
                              int expectedRevision) {
        return store(courseKey, promptKey, body, choice, expectedRevision, true);
    }

    @Transactional(readOnly = true)
    public Map<String, AnswerSnapshot> answersInLesson(String courseKey, String lessonKey) {
        long userId = currentUser.require().id();
        List<Response> found = responses.findByUserIdAndCourseKeyAndPromptKeyStartingWith(userId, courseKey,
                lessonKey + "/");
        Map<String, AnswerSnapshot> byStepKey = new HashMap<>();
        for (Response response : found) {
            String stepKey = response.getPromptKey().substring(lessonKey.length() + 1);
            byStepKey.put(stepKey, AnswerSnapshot.of(response,
                    submissions.countByResponseId(Objects.requireNonNull(response.getId()))));
        }
        return byStepKey;
    }

    @Transactional(readOnly = true)
    public List<SubmissionRecord> history(String courseKey, String promptKey) {
        long userId = currentUser.require().id();
        return responses.findByUserIdAndCourseKeyAndPromptKey(userId, courseKey, promptKey)
                .map(response -> submissions.findByResponseIdOrderByNumberAsc(Objects.requireNonNull(response.getId())))
                .orElse(List.of())
                .stream().map(SubmissionRecord::of).toList();
    }

    /** The signed-in student's own submitted answer to this prompt, if any. */
    @Transactional(readOnly = true)
    public Optional<StudentAnswer> mySubmitted(String courseKey, String promptKey) {
        long userId = currentUser.require().id();
        return responses.findByUserIdAndCourseKeyAndPromptKey(userId, courseKey, promptKey)
                .filter(response -> response.getSubmittedAt() != null)
                .flatMap(response -> asSubmitted(List.of(response)).stream().findFirst());
    }

    /**
     * Classmates' submitted answers to a prompt, when the discussion's rules let the signed-in student read them
     * ({@link PeerVisibility}: a discussion prompt, and her own answer posted first); only ever classmates of the same
     * cohort.
     */
    @Transactional(readOnly = true)
    public List<StudentAnswer> classmatesPosts(String courseKey, String promptKey) {
        catalog.course(courseKey).orElseThrow(() -> UnknownLessonException.noCourse(courseKey));
        peers.requireMayReadPeers(courseKey, promptKey, mySubmitted(courseKey, promptKey).isPresent());
        var classmates = cohorts.classmates(courseKey).keySet();
        if (classmates.isEmpty()) {
            return List.of();
        }
        return asSubmitted(responses.findByCourseKeyAndPromptKeyAndUserIdIn(courseKey, promptKey, classmates).stream()
                .filter(response -> response.getSubmittedAt() != null).toList());
    }

    /** Posts as last submitted: a draft typed since then is the student's own until she submits it. */
    private List<StudentAnswer> asSubmitted(List<Response> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Submission>> byResponse = submissions.findByResponseIdInOrderByNumberAsc(
                        found.stream().map(response -> Objects.requireNonNull(response.getId())).toList()).stream()
                .collect(Collectors.groupingBy(Submission::getResponseId));
        return found.stream().filter(response -> byResponse.containsKey(response.getId())).map(response -> {
            List<Submission> versions = byResponse.get(response.getId());
            return StudentAnswer.submitted(response, versions.getLast(), versions.size());
        }).toList();
    }

    /**
     * Whether classmates will see this discuss prompt's posts without their authors' names, by the discussion's rule
     * ({@link PeerVisibility}), for the lesson to say so before the student posts.
     */
    public boolean anonymousToPeers(String courseKey, String promptKey) {
        return peers.anonymousToPeers(courseKey, promptKey);
    }

    /** Feedback an instructor released on the signed-in student's answer to this prompt. */
    @Transactional(readOnly = true)
    public Optional<FeedbackNote> feedbackOnMyAnswer(String courseKey, String promptKey) {
        long userId = currentUser.require().id();
        return responses.findByUserIdAndCourseKeyAndPromptKey(userId, courseKey, promptKey)
                .flatMap(response -> feedback.releasedFeedback(Objects.requireNonNull(response.getId())));
    }

    private SaveOutcome store(String courseKey, String promptKey, String rawBody, @Nullable String choice,
                              int expectedRevision, boolean submit) {
        long userId = currentUser.require().id();
        Course course = catalog.course(courseKey).orElse(null);
        Optional<Step> step = course == null ? Optional.empty() : course.step(promptKey);
        if (course == null || step.isEmpty()) {
            return new SaveOutcome.Refused(Text.of("lesson.problem.gone"));
        }
        Optional<SaveOutcome.Refused> outsideDates = submit ? datesProblem(courseKey, promptKey) : Optional.empty();
        if (outsideDates.isPresent()) {
            return outsideDates.get();
        }
        String body = AnswerText.clean(rawBody);
        Optional<SaveOutcome.Refused> problem = submit
                ? AnswerRules.submissionProblem(step.get(), body, choice, course.reading())
                : AnswerRules.draftProblem(body);
        if (problem.isPresent()) {
            return problem.get();
        }
        var request = new StoreRequest(userId, course, step.get(), promptKey, body, choice, expectedRevision, submit);
        try {
            return Objects.requireNonNull(transaction.execute(status -> storeInTransaction(request)));
        } catch (DataIntegrityViolationException firstSaveRace) {
            // Two tabs created the same answer at once: the loser now finds the winner's row and gets a conflict.
            return Objects.requireNonNull(transaction.execute(status -> storeInTransaction(request)));
        }
    }

    private SaveOutcome storeInTransaction(StoreRequest request) {
        Instant now = clock.instant();
        Optional<Response> existing = responses.findForUpdate(request.userId(), request.course().key(),
                request.promptKey());
        if (existing.isPresent() && existing.get().getRevision() != request.expectedRevision()) {
            Response theirs = existing.get();
            return new SaveOutcome.Conflict(AnswerSnapshot.of(theirs,
                    submissions.countByResponseId(Objects.requireNonNull(theirs.getId()))));
        }
        Response response = existing.orElseGet(() -> new Response(request.userId(), request.course().key(),
                request.promptKey(), kindOf(request.step()), request.course().contentVersion(), now));
        response.saveDraft(request.body(), request.choice(), request.course().contentVersion(), now);
        if (request.submit()) {
            response.markSubmitted(now);
        }
        Response saved = responses.saveAndFlush(response);
        long responseId = Objects.requireNonNull(saved.getId());
        int submissionCount = submissions.countByResponseId(responseId);
        if (request.submit()) {
            submissionCount++;
            submissions.save(new Submission(responseId, submissionCount, request.body(), request.choice(),
                    request.course().contentVersion(), now));
            events.publishEvent(new AnswerSubmitted(request.userId(), request.course().key(), request.promptKey(),
                    submissionCount, now));
        }
        return new SaveOutcome.Saved(saved.getRevision(), now, submissionCount, saved.getSubmittedAt() != null);
    }

    /**
     * A submission before its class opens the lesson, or after it has closed, is refused; the draft is kept (the
     * browser's copy, and the server's from the autosave, which goes on). A late submission is taken: the schedule
     * tells it by its time (decision 0045). Drafts are not asked about, so an autosave costs no more than before.
     */
    private Optional<SaveOutcome.Refused> datesProblem(String courseKey, String promptKey) {
        String lessonKey = PromptKey.parse(promptKey).map(PromptKey::lessonKey).orElse("");
        DueDates dates = schedules.myDates(courseKey).get(lessonKey);
        Instant now = clock.instant();
        if (dates == null) {
            return Optional.empty();
        }
        if (dates.notOpenYet(now)) {
            return Optional.of(new SaveOutcome.Refused(Text.of("schedule.refused.not-open-yet")));
        }
        if (dates.isClosed(now)) {
            return Optional.of(new SaveOutcome.Refused(Text.of("schedule.refused.closed")));
        }
        return Optional.empty();
    }

    static String kindOf(Step step) {
        return step.getClass().getSimpleName().replace("Step", "").toLowerCase(Locale.ROOT);
    }


    private record StoreRequest(long userId, Course course, Step step, String promptKey, String body,
                                @Nullable String choice, int expectedRevision, boolean submit) {
    }
}
