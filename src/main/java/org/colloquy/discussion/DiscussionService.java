package org.colloquy.discussion;

import org.colloquy.base.i18n.Refusal;
import org.colloquy.base.i18n.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.colloquy.cohort.CohortRef;
import org.colloquy.cohort.CohortService;
import org.colloquy.identity.CurrentUser;
import org.colloquy.identity.UserRef;
import org.colloquy.base.AnswerText;
import org.colloquy.base.Author;
import org.colloquy.content.Citations;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.DiscussStep;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.StudentAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion on a course's discuss prompts, within the student's cohort: post first, then see peers; reply one
 * level deep; mark posts helpful; take back one's own post or reply. Anonymous prompts never reveal an author to
 * peers, and a deleted post's text never reaches them again.
 */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class DiscussionService {

    public static final int MAX_REPLY_LENGTH = ReplyRules.MAX_REPLY_LENGTH;
    static final int MAX_REPLIES_PER_MINUTE = ReplyRules.MAX_REPLIES_PER_MINUTE;

    private final AnswerService answers;
    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final ReplyRepository replies;
    private final HelpfulRepository helpful;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ModerationRepository moderations;
    private final ThreadLockRepository locks;
    private final PostDeletionRepository deletions;
    private final DiscussionRules rules;
    private final Clock clock;

    DiscussionService(AnswerService answers, CohortService cohorts, CourseCatalog catalog, ReplyRepository replies,
                      HelpfulRepository helpful, CurrentUser currentUser, ApplicationEventPublisher events,
                      ModerationRepository moderations, ThreadLockRepository locks, PostDeletionRepository deletions,
                      DiscussionRules rules, Clock clock) {
        this.events = events;
        this.moderations = moderations;
        this.locks = locks;
        this.answers = answers;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.replies = replies;
        this.helpful = helpful;
        this.currentUser = currentUser;
        this.deletions = deletions;
        this.rules = rules;
        this.clock = clock;
    }

    /** The thread; refused with a message until the student has posted her own answer. */
    @Transactional(readOnly = true)
    public DiscussionThread thread(String courseKey, String promptKey) {
        long me = currentUser.require().id();
        boolean anonymous = anonymousToPeers(courseKey, promptKey);
        Posts found = visiblePosts(courseKey, promptKey);
        Set<Long> postIds = found.posts().stream().map(StudentAnswer::responseId).collect(Collectors.toSet());
        Map<Long, List<Reply>> repliesByPost = replies.findByPostIdInOrderByCreatedAtAsc(postIds).stream()
                .filter(reply -> !reply.isDeleted())
                .collect(Collectors.groupingBy(Reply::getPostId));
        List<StudentAnswer> shown = found.posts().stream()
                .filter(post -> post.userId() == me || !found.isDeleted(post)
                        || repliesByPost.containsKey(post.responseId()))
                .toList();
        Map<Long, UserRef> classmates = cohorts.classmates(courseKey);
        Map<Long, UserRef> instructors = repliesByPost.values().stream().flatMap(List::stream)
                .anyMatch(Reply::isByInstructor) ? cohorts.myInstructors(courseKey) : Map.of();
        Map<Long, Author> names = new HashMap<>();
        shown.stream().filter(post -> !found.isDeleted(post))
                .forEach(post -> names.computeIfAbsent(post.userId(), id -> nameOf(id, classmates, me, anonymous, names)));
        Map<Long, List<Helpful>> helpfulByPost = helpful.findByPostIdIn(postIds).stream()
                .collect(Collectors.groupingBy(Helpful::getPostId));
        List<DiscussionThread.Post> thread = new ArrayList<>();
        for (StudentAnswer post : shown) {
            List<Helpful> marks = helpfulByPost.getOrDefault(post.responseId(), List.of());
            List<DiscussionThread.ReplyView> replyViews = repliesByPost.getOrDefault(post.responseId(), List.of()).stream()
                    .map(reply -> new DiscussionThread.ReplyView(reply.getId(),
                            reply.isByInstructor() ? instructorName(instructors.get(reply.getAuthorId()))
                                    : names.computeIfAbsent(reply.getAuthorId(),
                                            id -> nameOf(id, classmates, me, anonymous, names)),
                            reply.getAuthorId() == me, reply.getBody(), reply.getCreatedAt(), false,
                            reply.isByInstructor()))
                    .toList();
            Moderation decision = found.moderation().get(post.responseId());
            boolean deleted = found.isDeleted(post);
            thread.add(new DiscussionThread.Post(post.responseId(),
                    deleted ? (post.userId() == me ? Author.self() : Author.nobody()) : names.get(post.userId()), post.userId() == me,
                    deleted ? "" : post.body(), Objects.requireNonNull(post.submittedAt()),
                    deleted ? 0 : marks.size(), marks.stream().anyMatch(mark -> mark.getUserId() == me),
                    !deleted && decision != null && decision.isPinned(),
                    decision == null || post.userId() != me ? null : decision.getHiddenReason(), replyViews, deleted));
        }
        thread.sort(Comparator.comparing((DiscussionThread.Post post) -> !post.pinned()));
        return new DiscussionThread(anonymous, isLocked(courseKey, promptKey), thread);
    }

    /** Whether classmates see this prompt's posts without names: the rule in force, never weaker than when posted. */
    @Transactional(readOnly = true)
    public boolean anonymousToPeers(String courseKey, String promptKey) {
        step(courseKey, promptKey);
        return rules.anonymousToPeers(courseKey, promptKey);
    }

    /** Replies under a classmate's post (or her own); publishes {@link ReplyPosted} (the notice feature tells the post's author). */
    @Transactional
    public void reply(String courseKey, String promptKey, long postId, String text) {
        if (AnswerText.clean(text).isBlank()) {
            throw Refusal.of("discussion.refused.write-first");
        }
        StudentAnswer post = requireLivePost(courseKey, promptKey, postId);
        if (isLocked(courseKey, promptKey)) {
            throw Refusal.of("discussion.refused.locked");
        }
        String body = ReplyRules.checkedBody(text, catalog.require(courseKey).reading());
        UserRef me = currentUser.require();
        ReplyRules.requireNotFlooding(replies, me.id(), clock.instant());
        Reply reply = replies.save(new Reply(postId, me.id(), body, clock.instant()));
        events.publishEvent(new ReplyPosted(reply.getId(), postId, post.userId(), me.id(),
                anonymousToPeers(courseKey, promptKey) ? null : me.displayName(), courseKey, promptKey,
                reply.getCreatedAt(), false));
    }

    /** Marks a post helpful, or takes the mark back. Returns whether it is marked now. */
    @Transactional
    public boolean toggleHelpful(String courseKey, String promptKey, long postId) {
        StudentAnswer post = requireLivePost(courseKey, promptKey, postId);
        long me = currentUser.require().id();
        if (post.userId() == me) {
            throw Refusal.of("discussion.refused.own-post-helpful");
        }
        Helpful.Key key = new Helpful.Key(postId, me);
        if (helpful.existsById(key)) {
            helpful.deleteById(key);
            return false;
        }
        helpful.save(new Helpful(postId, me));
        return true;
    }

    /**
     * Takes the signed-in student's post back from the discussion: classmates no longer see its text, replies under
     * it stay under a "deleted by its author" line. Her answer stays in her lesson and with her instructors;
     * submitting it again there posts it again.
     */
    @Transactional
    public void deleteMyPost(String courseKey, String promptKey, long postId) {
        step(courseKey, promptKey);
        StudentAnswer mine = answers.mySubmitted(courseKey, promptKey)
                .filter(post -> post.responseId() == postId)
                .orElseThrow(() -> new AccessDeniedException("You can only delete your own post."));
        deletions.findById(postId).ifPresentOrElse(
                deletion -> deletion.renew(mine.submissionCount(), clock.instant()),
                () -> deletions.save(new PostDeletion(postId, mine.submissionCount(), clock.instant())));
    }

    /** Takes the signed-in student's reply back: no classmate sees it again; her instructors still can. */
    @Transactional
    public void deleteMyReply(String courseKey, String promptKey, long replyId) {
        Reply reply = replies.findById(replyId)
                .filter(found -> found.getAuthorId() == currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("You can only delete your own reply."));
        requireVisible(courseKey, promptKey, reply.getPostId());
        reply.delete(clock.instant());
    }

    private StudentAnswer requireLivePost(String courseKey, String promptKey, long postId) {
        Posts found = visiblePosts(courseKey, promptKey);
        StudentAnswer post = found.find(postId)
                .orElseThrow(() -> new AccessDeniedException("That post is not in your class's discussion."));
        if (found.isDeleted(post)) {
            throw Refusal.of("discussion.refused.post-deleted");
        }
        return post;
    }

    private StudentAnswer requireVisible(String courseKey, String promptKey, long postId) {
        return visiblePosts(courseKey, promptKey).find(postId)
                .orElseThrow(() -> new AccessDeniedException("That post is not in your class's discussion."));
    }

    /** Classmates' posts and mine, oldest first, without posts an instructor hid (unless they are mine). */
    private Posts visiblePosts(String courseKey, String promptKey) {
        long me = currentUser.require().id();
        List<StudentAnswer> posts = new ArrayList<>(answers.classmatesPosts(courseKey, promptKey));
        answers.mySubmitted(courseKey, promptKey).ifPresent(posts::add);
        List<Long> ids = posts.stream().map(StudentAnswer::responseId).toList();
        Map<Long, Moderation> moderation = moderations.findByPostIdIn(ids).stream()
                .collect(Collectors.toMap(Moderation::getPostId, Function.identity()));
        Map<Long, PostDeletion> deleted = deletions.findByPostIdIn(ids).stream()
                .collect(Collectors.toMap(PostDeletion::getPostId, Function.identity()));
        posts.removeIf(post -> post.userId() != me && moderation.containsKey(post.responseId())
                && moderation.get(post.responseId()).getHiddenReason() != null);
        posts.sort(Comparator.comparing(post -> Objects.requireNonNull(post.submittedAt())));
        return new Posts(posts, moderation, deleted);
    }

    private record Posts(List<StudentAnswer> posts, Map<Long, Moderation> moderation,
                         Map<Long, PostDeletion> deletions) {

        boolean isDeleted(StudentAnswer post) {
            PostDeletion deletion = deletions.get(post.responseId());
            return deletion != null && deletion.covers(post.submissionCount());
        }

        Optional<StudentAnswer> find(long postId) {
            return posts.stream().filter(post -> post.responseId() == postId).findFirst();
        }
    }

    private boolean isLocked(String courseKey, String promptKey) {
        List<Long> myCohorts = cohorts.cohortsIAmIn().stream()
                .filter(cohort -> cohort.courseKey().equals(courseKey)).map(CohortRef::id).toList();
        return !myCohorts.isEmpty() && locks.existsByCohortIdInAndPromptKey(myCohorts, promptKey);
    }

    private DiscussStep step(String courseKey, String promptKey) {
        return catalog.course(courseKey).flatMap(course -> course.step(promptKey))
                .filter(DiscussStep.class::isInstance).map(DiscussStep.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("There is no discussion " + promptKey + "."));
    }

    /** An instructor's reply carries her name even where students are anonymous; one who left the class is a former member. */
    private static Author instructorName(@Nullable UserRef instructor) {
        return instructor == null ? Author.formerMember() : Author.named(instructor.displayName());
    }

    private static Author nameOf(long userId, Map<Long, UserRef> classmates, long me, boolean anonymous,
                                 Map<Long, Author> named) {
        if (userId == me) {
            return Author.self();
        }
        if (anonymous) {
            return Author.classmate((int) named.values().stream()
                    .filter(author -> author.kind() == Author.Kind.CLASSMATE).count() + 1);
        }
        UserRef classmate = classmates.get(userId);
        return classmate == null ? Author.formerClassmate() : Author.named(classmate.displayName());
    }
}
