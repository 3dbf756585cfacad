package org.colloquy.review;

import org.colloquy.base.i18n.Refusal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.RespondStep;
import org.colloquy.content.Rubric;
import org.colloquy.content.Step;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.seminar.results.ClassLiveAnswer;
import org.colloquy.seminar.results.LiveResultsService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.function.Predicate;
import org.colloquy.base.AnswerText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * The grading queue: every student's answer to one prompt, feedback and rubric scores kept as drafts, and
 * released to students per prompt or for the whole cohort. Instructors of the cohort only.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class ReviewService {

    public static final int MAX_COMMENT_LENGTH = 4000;
    public static final int MAX_CRITERION_COMMENT_LENGTH = 1000;

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final FeedbackRepository feedback;
    private final CourseCatalog catalog;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final LiveResultsService liveResults;
    private final Clock clock;

    ReviewService(CohortService cohorts, CohortWorkService classWork, FeedbackRepository feedback, CourseCatalog catalog,
                  ApplicationEventPublisher events, CurrentUser currentUser, LiveResultsService liveResults,
                  Clock clock) {
        this.liveResults = liveResults;
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.feedback = feedback;
        this.catalog = catalog;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long cohortId, String promptKey) {
        List<UserRef> students = cohorts.students(cohortId);
        Map<Long, StudentAnswer> byStudent = classWork.responsesTo(cohortId, promptKey).stream()
                .collect(Collectors.toMap(StudentAnswer::userId, Function.identity()));
        Map<Long, Feedback> feedbackByResponse = feedback.findWithScoresByResponseIdIn(
                        byStudent.values().stream().map(StudentAnswer::responseId).toList()).stream()
                .collect(Collectors.toMap(Feedback::getResponseId, Function.identity()));
        Rubric rubric = rubricOf(cohortId, promptKey);
        Map<Long, List<ClassLiveAnswer>> live = liveResults.classAnswers(cohortId).stream()
                .filter(answer -> answer.promptKey().equals(promptKey))
                .collect(Collectors.groupingBy(ClassLiveAnswer::studentId));
        List<QueueEntry> entries = new ArrayList<>();
        for (UserRef student : students) {
            StudentAnswer response = byStudent.get(student.id());
            Feedback given = response == null ? null : feedbackByResponse.get(response.responseId());
            entries.add(new QueueEntry(student, response, statusOf(response), FeedbackState.of(given),
                    given != null && given.isStarred(), totalOf(rubric, given),
                    live.getOrDefault(student.id(), List.of())));
        }
        return entries;
    }

    /**
     * The rubric scores written on the class's answers, by answer id, with whether each was released: one query for
     * the whole class, for the gradebook. Only feedback written in this class.
     */
    @Transactional(readOnly = true)
    public Map<Long, Grade> grades(long cohortId) {
        cohorts.requireTeaching(cohortId);
        return feedback.findWithScoresByCohortId(cohortId).stream()
                .filter(entry -> !entry.getScores().isEmpty())
                .collect(Collectors.toMap(Feedback::getResponseId,
                        entry -> new Grade(entry.getResponseId(), entry.getScores(), entry.getReleasedAt() != null),
                        (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public FeedbackDetail feedback(long cohortId, long responseId) {
        requireResponse(cohortId, responseId);
        return feedback.findByResponseId(responseId).map(FeedbackDetail::of).orElse(FeedbackDetail.EMPTY);
    }

    /** Saves the comment and rubric scores as a draft; students see nothing until it is released. */
    @Transactional
    public FeedbackDetail saveFeedback(long cohortId, long responseId, String comment, List<CriterionScore> scores) {
        StudentAnswer response = requireResponse(cohortId, responseId);
        String cleanComment = AnswerText.clean(comment).strip();
        if (cleanComment.length() > MAX_COMMENT_LENGTH) {
            throw Refusal.of("review.refused.comment-too-long", cleanComment.length(), MAX_COMMENT_LENGTH);
        }
        List<CriterionScore> cleanScores = validScores(cohortId, response.promptKey(), scores);
        Feedback entry = feedback.findByResponseId(responseId)
                .orElseGet(() -> new Feedback(responseId, cohortId, currentUser.require().id(), clock.instant()));
        entry.write(currentUser.require().id(), cleanComment, cleanScores, clock.instant());
        return FeedbackDetail.of(feedback.save(entry));
    }

    @Transactional
    public void setStarred(long cohortId, long responseId, boolean starred) {
        requireResponse(cohortId, responseId);
        Feedback entry = feedback.findByResponseId(responseId)
                .orElseGet(() -> new Feedback(responseId, cohortId, currentUser.require().id(), clock.instant()));
        entry.star(starred, clock.instant());
        feedback.save(entry);
    }

    /**
     * Releases every drafted feedback on this prompt in the cohort; returns how many students were told. Each released
     * answer is a {@link FeedbackReleased} (the notice feature tells its student).
     */
    @Transactional
    public int release(long cohortId, String promptKey) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Set<Long> responseIds = classWork.responsesTo(cohortId, promptKey).stream()
                .map(StudentAnswer::responseId).collect(Collectors.toSet());
        return releaseWhere(cohort, entry -> responseIds.contains(entry.getResponseId()));
    }

    @Transactional
    public int releaseAll(long cohortId) {
        return releaseWhere(cohorts.requireTeaching(cohortId), entry -> true);
    }

    /** How many feedback drafts on this prompt wait to be released. */
    @Transactional(readOnly = true)
    public long unreleasedCount(long cohortId, String promptKey) {
        return ReviewQueue.of(queue(cohortId, promptKey)).waitingDrafts();
    }

    private int releaseWhere(CohortRef cohort, Predicate<Feedback> which) {
        Map<Long, StudentAnswer> responses = classWork.responses(cohort.id()).stream()
                .collect(Collectors.toMap(StudentAnswer::responseId, Function.identity()));
        Set<Long> told = new HashSet<>();
        for (Feedback entry : feedback.findByCohortId(cohort.id())) {
            StudentAnswer response = responses.get(entry.getResponseId());
            var now = clock.instant();
            if (response != null && which.test(entry) && entry.release(now)) {
                told.add(response.userId());
                events.publishEvent(new FeedbackReleased(response.userId(), response.responseId(), cohort.id(),
                        cohort.courseKey(), response.promptKey(), now));
            }
        }
        return told.size();
    }

    private List<CriterionScore> validScores(long cohortId, String promptKey, List<CriterionScore> scores) {
        if (scores.isEmpty()) {
            return List.of();
        }
        Rubric rubric = rubricOf(cohortId, promptKey);
        if (rubric == null) {
            throw Refusal.of("review.refused.no-rubric");
        }
        Map<String, Rubric.Criterion> criteria = rubric.criteria().stream()
                .collect(Collectors.toMap(Rubric.Criterion::key, Function.identity()));
        List<CriterionScore> clean = new ArrayList<>();
        for (CriterionScore score : scores) {
            Rubric.Criterion criterion = criteria.get(score.criterionKey());
            if (criterion == null) {
                throw Refusal.of("review.refused.no-such-criterion", score.criterionKey());
            }
            if (criterion.levels().stream().noneMatch(level -> level.score() == score.score())) {
                throw Refusal.of("review.refused.no-such-level", criterion.title(), score.score());
            }
            String comment = AnswerText.clean(score.comment()).strip();
            if (comment.length() > MAX_CRITERION_COMMENT_LENGTH) {
                throw Refusal.of("review.refused.criterion-comment-too-long", criterion.title(), comment.length(),
                        MAX_CRITERION_COMMENT_LENGTH);
            }
            clean.add(new CriterionScore(score.criterionKey(), score.score(), comment));
        }
        return rubric.inOrder(clean, CriterionScore::criterionKey);
    }

    private static Rubric.@Nullable Total totalOf(@Nullable Rubric rubric, @Nullable Feedback given) {
        if (rubric == null || given == null || given.getScores().isEmpty()) {
            return null;
        }
        return rubric.total(given.getScores(), CriterionScore::criterionKey, CriterionScore::score);
    }

    private @Nullable Rubric rubricOf(long cohortId, String promptKey) {
        CohortRef cohort = cohorts.requireTeaching(cohortId);
        Step step = catalog.course(cohort.courseKey()).flatMap(course -> course.step(promptKey)).orElse(null);
        return step instanceof RespondStep respond ? respond.rubric() : null;
    }

    private StudentAnswer requireResponse(long cohortId, long responseId) {
        return classWork.response(cohortId, responseId)
                .orElseThrow(() -> new AccessDeniedException(
                        "This answer is not in a class you teach."));
    }

    private static AnswerStatus statusOf(@Nullable StudentAnswer response) {
        if (response == null) {
            return AnswerStatus.NOT_STARTED;
        }
        return response.isSubmitted() ? AnswerStatus.SUBMITTED : AnswerStatus.DRAFT_ONLY;
    }

}
