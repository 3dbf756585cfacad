package org.colloquy.discussion;

import org.colloquy.base.i18n.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.colloquy.base.AnswerText;
import org.colloquy.base.Author;
import org.colloquy.lesson.work.CohortWorkService;
import org.colloquy.lesson.StudentAnswer;
import org.colloquy.lesson.SubmissionRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.ArrayList;

/** What a cohort's instructors do with its discussions: read them with names, hide, pin, lock. */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class DiscussionModerationService {

    public static final int MAX_REASON_LENGTH = 500;

    private final CohortService cohorts;
    private final CohortWorkService classWork;
    private final ReplyRepository replies;
    private final ModerationRepository moderations;
    private final ThreadLockRepository locks;
    private final PostDeletionRepository deletions;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    DiscussionModerationService(CohortService cohorts, CohortWorkService classWork, ReplyRepository replies,
                                ModerationRepository moderations, ThreadLockRepository locks, ApplicationEventPublisher events,
                                CurrentUser currentUser, Clock clock, PostDeletionRepository deletions) {
        this.deletions = deletions;
        this.cohorts = cohorts;
        this.classWork = classWork;
        this.replies = replies;
        this.moderations = moderations;
        this.locks = locks;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ModeratedPost> posts(long cohortId, String promptKey) {
        Map<Long, UserRef> students = cohorts.students(cohortId).stream()
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
        List<StudentAnswer> posts = classWork.responsesTo(cohortId, promptKey).stream()
                .filter(StudentAnswer::isSubmitted)
                .sorted(Comparator.comparing(post -> Objects.requireNonNull(post.submittedAt())))
                .toList();
        List<Long> ids = posts.stream().map(StudentAnswer::responseId).toList();
        Map<Long, Moderation> decisions = moderations.findByPostIdIn(ids).stream()
                .collect(Collectors.toMap(Moderation::getPostId, Function.identity()));
        Map<Long, Instant> joined = cohorts.joinedAt(cohortId);
        Map<Long, List<Reply>> repliesByPost = replies.findByPostIdInOrderByCreatedAtAsc(ids).stream()
                .filter(reply -> writtenInClass(reply, joined))
                .collect(Collectors.groupingBy(Reply::getPostId));
        Map<Long, PostDeletion> deleted = deletions.findByPostIdIn(ids).stream()
                .collect(Collectors.toMap(PostDeletion::getPostId, Function.identity()));
        return posts.stream().map(post -> {
            Moderation decision = decisions.get(post.responseId());
            List<SubmissionRecord> versions = classWork.history(cohortId, post.responseId());
            PostDeletion deletion = deleted.get(post.responseId());
            return new ModeratedPost(post.responseId(), nameOf(students, post.userId()),
                    versions.isEmpty() ? post.body() : versions.getLast().body(),
                    Objects.requireNonNull(post.submittedAt()), versions,
                    decision != null && decision.isPinned(), decision == null ? null : decision.getHiddenReason(),
                    deletion != null && deletion.covers(versions.isEmpty() ? 0 : versions.getLast().number())
                            ? deletion.getDeletedAt() : null,
                    repliesByPost.getOrDefault(post.responseId(), List.of()).stream()
                            .map(reply -> new DiscussionThread.ReplyView(reply.getId(),
                                    nameOf(students, reply.getAuthorId()), false, reply.getBody(), reply.getCreatedAt(),
                                    reply.isDeleted()))
                            .toList());
        }).toList();
    }

    /** Every live post and reply of the cohort, on every prompt: what its students wrote in discussion and kept. */
    @Transactional(readOnly = true)
    public List<DiscussionContribution> contributions(long cohortId) {
        Map<Long, UserRef> students = cohorts.students(cohortId).stream()
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
        List<StudentAnswer> posts = classWork.submittedAnswers(cohortId).stream()
                .filter(answer -> answer.kind().equals("discuss")).toList();
        List<Long> ids = posts.stream().map(StudentAnswer::responseId).toList();
        Map<Long, PostDeletion> deleted = deletions.findByPostIdIn(ids).stream()
                .collect(Collectors.toMap(PostDeletion::getPostId, Function.identity()));
        Map<Long, Moderation> decisions = moderations.findByPostIdIn(ids).stream()
                .collect(Collectors.toMap(Moderation::getPostId, Function.identity()));
        Map<Long, StudentAnswer> byId = posts.stream()
                .collect(Collectors.toMap(StudentAnswer::responseId, Function.identity()));
        List<DiscussionContribution> found = new ArrayList<>();
        for (StudentAnswer post : posts) {
            PostDeletion deletion = deleted.get(post.responseId());
            if (deletion == null || !deletion.covers(post.submissionCount())) {
                Moderation decision = decisions.get(post.responseId());
                found.add(new DiscussionContribution(false, post.promptKey(), nameOf(students, post.userId()),
                        post.body(), post.savedAt(), decision != null && decision.getHiddenReason() != null));
            }
        }
        Map<Long, Instant> joined = cohorts.joinedAt(cohortId);
        for (Reply reply : ids.isEmpty() ? List.<Reply>of() : replies.findByPostIdInOrderByCreatedAtAsc(ids)) {
            if (!reply.isDeleted() && writtenInClass(reply, joined)) {
                found.add(new DiscussionContribution(true, byId.get(reply.getPostId()).promptKey(),
                        nameOf(students, reply.getAuthorId()), reply.getBody(), reply.getCreatedAt(), false));
            }
        }
        return found;
    }

    /** A reply by a student of the class counts from when she joined it, like her answers (decision 0032). */
    private static boolean writtenInClass(Reply reply, Map<Long, Instant> joined) {
        Instant joinedAt = joined.get(reply.getAuthorId());
        return joinedAt == null || !reply.getCreatedAt().isBefore(joinedAt);
    }

    /** Hides a post from classmates; its author sees the reason, and is told ({@link PostHidden}). */
    @Transactional
    public void hide(long cohortId, long postId, String reason) {
        String clean = AnswerText.clean(reason).strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON_LENGTH) {
            throw Refusal.of("discussion.refused.reason", MAX_REASON_LENGTH);
        }
        StudentAnswer post = requirePost(cohortId, postId);
        var now = clock.instant();
        decisionFor(postId).hide(clean, currentUser.require().id(), now);
        events.publishEvent(new PostHidden(postId, post.userId(), cohortId, cohorts.requireTeaching(cohortId).courseKey(),
                post.promptKey(), clean, now));
    }

    @Transactional
    public void unhide(long cohortId, long postId) {
        requirePost(cohortId, postId);
        decisionFor(postId).hide(null, currentUser.require().id(), clock.instant());
    }

    @Transactional
    public void pin(long cohortId, long postId, boolean pinned) {
        requirePost(cohortId, postId);
        decisionFor(postId).pin(pinned, currentUser.require().id(), clock.instant());
    }

    @Transactional
    public void lock(long cohortId, String promptKey, boolean locked) {
        cohorts.requireTeaching(cohortId);
        ThreadLock.Key key = new ThreadLock.Key(cohortId, promptKey);
        if (locked && !locks.existsById(key)) {
            locks.save(new ThreadLock(cohortId, promptKey, clock.instant()));
        } else if (!locked) {
            locks.deleteById(key);
        }
    }

    @Transactional(readOnly = true)
    public boolean isLocked(long cohortId, String promptKey) {
        cohorts.requireTeaching(cohortId);
        return locks.existsById(new ThreadLock.Key(cohortId, promptKey));
    }

    private Moderation decisionFor(long postId) {
        return moderations.findById(postId)
                .orElseGet(() -> moderations.save(new Moderation(postId, currentUser.require().id(), clock.instant())));
    }

    private StudentAnswer requirePost(long cohortId, long postId) {
        return classWork.response(cohortId, postId)
                .filter(StudentAnswer::isSubmitted)
                .orElseThrow(() -> new AccessDeniedException("That post is not in a class you teach."));
    }

    private static Author nameOf(Map<Long, UserRef> students, long userId) {
        UserRef student = students.get(userId);
        return student == null ? Author.formerMember() : Author.named(student.displayName());
    }
}
