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
import org.colloquy.content.CourseCatalog;
import org.colloquy.identity.AccountService;
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

/** What a cohort's instructors do with its discussions: read them with names, reply as the instructor, hide, pin, lock. */
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
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final Clock clock;

    DiscussionModerationService(CohortService cohorts, CohortWorkService classWork, ReplyRepository replies,
                                ModerationRepository moderations, ThreadLockRepository locks, ApplicationEventPublisher events,
                                CurrentUser currentUser, Clock clock, PostDeletionRepository deletions,
                                AccountService accounts, CourseCatalog catalog) {
        this.deletions = deletions;
        this.accounts = accounts;
        this.catalog = catalog;
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
        List<Reply> allReplies = replies.findByPostIdInOrderByCreatedAtAsc(ids).stream()
                .filter(reply -> writtenInClass(reply, joined)).toList();
        Map<Long, List<Reply>> repliesByPost = allReplies.stream().collect(Collectors.groupingBy(Reply::getPostId));
        Map<Long, String> instructors = instructorNames(allReplies);
        long me = currentUser.require().id();
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
                                    authorOf(reply, students, instructors), reply.getAuthorId() == me, reply.getBody(),
                                    reply.getCreatedAt(), reply.isDeleted(), reply.isByInstructor()))
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
        List<Reply> allReplies = ids.isEmpty() ? List.of() : replies.findByPostIdInOrderByCreatedAtAsc(ids);
        Map<Long, String> instructors = instructorNames(allReplies);
        for (Reply reply : allReplies) {
            if (!reply.isDeleted() && writtenInClass(reply, joined)) {
                found.add(new DiscussionContribution(true, byId.get(reply.getPostId()).promptKey(),
                        authorOf(reply, students, instructors), reply.getBody(), reply.getCreatedAt(), false));
            }
        }
        return found;
    }

    /** A reply by a student of the class counts from when she joined it, like her answers (decision 0032). */
    private static boolean writtenInClass(Reply reply, Map<Long, Instant> joined) {
        Instant joinedAt = joined.get(reply.getAuthorId());
        return joinedAt == null || !reply.getCreatedAt().isBefore(joinedAt);
    }

    /**
     * Replies under a post of a class the signed-in instructor teaches, as its instructor: shown with her name and an
     * "Instructor" label even where students are anonymous to each other, with no post of her own first, and even in
     * a discussion she closed (a closing word). The post's author is told, as for a classmate's reply
     * ({@link ReplyPosted}).
     */
    @Transactional
    public void reply(long cohortId, long postId, String text) {
        if (AnswerText.clean(text).isBlank()) {
            throw Refusal.of("discussion.refused.write-first");
        }
        String courseKey = cohorts.requireTeaching(cohortId).courseKey();
        StudentAnswer post = requirePost(cohortId, postId);
        if (!post.kind().equals("discuss")) {
            throw new AccessDeniedException("That answer is not a discussion post.");
        }
        if (deletions.findById(postId).filter(deletion -> deletion.covers(post.submissionCount())).isPresent()) {
            throw Refusal.of("discussion.refused.post-deleted");
        }
        String body = ReplyRules.checkedBody(text, catalog.require(courseKey).reading());
        UserRef me = currentUser.require();
        ReplyRules.requireNotFlooding(replies, me.id(), clock.instant());
        Reply reply = replies.save(Reply.byInstructor(postId, me.id(), body, clock.instant()));
        events.publishEvent(new ReplyPosted(reply.getId(), postId, post.userId(), me.id(), me.displayName(), courseKey,
                post.promptKey(), reply.getCreatedAt(), true));
    }

    /**
     * Takes the signed-in instructor's own reply back: students no longer see it; instructors see it marked as
     * deleted by its author, as a student's deleted reply.
     */
    @Transactional
    public void deleteMyReply(long cohortId, long replyId) {
        cohorts.requireTeaching(cohortId);
        Reply reply = replies.findById(replyId).filter(Reply::isByInstructor)
                .filter(found -> found.getAuthorId() == currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("You can only delete your own reply."));
        requirePost(cohortId, reply.getPostId());
        if (!reply.isDeleted()) {
            reply.delete(clock.instant());
        }
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

    private Map<Long, String> instructorNames(List<Reply> found) {
        List<Long> ids = found.stream().filter(Reply::isByInstructor).map(Reply::getAuthorId).distinct().toList();
        return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
    }

    private static Author authorOf(Reply reply, Map<Long, UserRef> students, Map<Long, String> instructors) {
        if (reply.isByInstructor()) {
            String name = instructors.get(reply.getAuthorId());
            return name == null ? Author.formerMember() : Author.named(name);
        }
        return nameOf(students, reply.getAuthorId());
    }

    private static Author nameOf(Map<Long, UserRef> students, long userId) {
        UserRef student = students.get(userId);
        return student == null ? Author.formerMember() : Author.named(student.displayName());
    }
}
