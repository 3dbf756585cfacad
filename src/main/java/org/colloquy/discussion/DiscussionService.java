package org.colloquy.discussion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.colloquy.account.CohortService;
import org.colloquy.account.CurrentUser;
import org.colloquy.account.UserRef;
import org.colloquy.base.AnswerText;
import java.util.Optional;
import org.colloquy.content.Citations;
import org.colloquy.content.CourseCatalog;
import org.colloquy.notice.NoticeService;
import org.colloquy.content.DiscussStep;
import org.colloquy.lesson.AnswerService;
import org.colloquy.lesson.StudentResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion on a course's discuss prompts, within the student's cohort: post first, then see peers; reply one
 * level deep; mark posts helpful. Anonymous prompts never reveal an author to peers.
 */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class DiscussionService {

    public static final int MAX_REPLY_LENGTH = 2000;
    static final int MAX_REPLIES_PER_MINUTE = 6;

    private final AnswerService answers;
    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private final ReplyRepository replies;
    private final HelpfulRepository helpful;
    private final CurrentUser currentUser;
    private final NoticeService notices;
    private final ModerationRepository moderations;
    private final ThreadLockRepository locks;
    private final Clock clock;

    DiscussionService(AnswerService answers, CohortService cohorts, CourseCatalog catalog, ReplyRepository replies,
                      HelpfulRepository helpful, CurrentUser currentUser, NoticeService notices,
                      ModerationRepository moderations, ThreadLockRepository locks, Clock clock) {
        this.notices = notices;
        this.moderations = moderations;
        this.locks = locks;
        this.answers = answers;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.replies = replies;
        this.helpful = helpful;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The thread; refused with a message until the student has posted her own answer. */
    @Transactional(readOnly = true)
    public DiscussionThread thread(String courseKey, String promptKey) {
        long me = currentUser.require().id();
        boolean anonymous = step(courseKey, promptKey).anonymity() == DiscussStep.Anonymity.ANONYMOUS_TO_PEERS;
        Map<Long, Moderation> moderation = new HashMap<>();
        List<StudentResponse> posts = visiblePosts(courseKey, promptKey, moderation);
        Map<Long, UserRef> classmates = cohorts.classmates(courseKey);
        Map<Long, String> names = authorNames(posts, classmates, me, anonymous);
        Set<Long> postIds = posts.stream().map(StudentResponse::responseId).collect(Collectors.toSet());
        Map<Long, List<Reply>> repliesByPost = replies.findByPostIdInOrderByCreatedAtAsc(postIds).stream()
                .collect(Collectors.groupingBy(Reply::getPostId));
        Map<Long, List<Helpful>> helpfulByPost = helpful.findByPostIdIn(postIds).stream()
                .collect(Collectors.groupingBy(Helpful::getPostId));
        List<DiscussionThread.Post> thread = new ArrayList<>();
        for (StudentResponse post : posts) {
            List<Helpful> marks = helpfulByPost.getOrDefault(post.responseId(), List.of());
            List<DiscussionThread.ReplyView> replyViews = repliesByPost.getOrDefault(post.responseId(), List.of()).stream()
                    .map(reply -> new DiscussionThread.ReplyView(
                            names.computeIfAbsent(reply.getAuthorId(), id -> nameOf(id, classmates, me, anonymous, names)),
                            reply.getAuthorId() == me, reply.getBody(), reply.getCreatedAt()))
                    .toList();
            Moderation decision = moderation.get(post.responseId());
            thread.add(new DiscussionThread.Post(post.responseId(), names.get(post.userId()), post.userId() == me,
                    post.body(), java.util.Objects.requireNonNull(post.submittedAt()), marks.size(),
                    marks.stream().anyMatch(mark -> mark.getUserId() == me),
                    decision != null && decision.isPinned(),
                    decision == null ? null : decision.getHiddenReason(), replyViews));
        }
        thread.sort(Comparator.comparing((DiscussionThread.Post post) -> !post.pinned()));
        return new DiscussionThread(anonymous, isLocked(courseKey, promptKey), thread);
    }

    @Transactional
    public void reply(String courseKey, String promptKey, long postId, String text) {
        String body = AnswerText.clean(text).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("Write your reply first.");
        }
        if (body.length() > MAX_REPLY_LENGTH) {
            throw new IllegalArgumentException("Your reply is %,d characters; the limit is %,d. Shorten it — your text is still here."
                    .formatted(body.length(), MAX_REPLY_LENGTH));
        }
        StudentResponse post = requireVisible(courseKey, promptKey, postId);
        if (isLocked(courseKey, promptKey)) {
            throw new IllegalArgumentException("Your instructor has closed this discussion to new replies. "
                    + "Your text is still here.");
        }
        Optional<String> citationProblem = Citations.problem(body, catalog.require(courseKey).reading());
        if (citationProblem.isPresent()) {
            throw new IllegalArgumentException(citationProblem.get());
        }
        UserRef me = currentUser.require();
        if (replies.countByAuthorIdAndCreatedAtAfter(me.id(), clock.instant().minusSeconds(60)) >= MAX_REPLIES_PER_MINUTE) {
            throw new IllegalArgumentException("You have posted " + MAX_REPLIES_PER_MINUTE + " replies in the last minute. "
                    + "Wait a moment and post this one again — your text is still here.");
        }
        replies.save(new Reply(postId, me.id(), body, clock.instant()));
        if (post.userId() != me.id()) {
            boolean anonymous = step(courseKey, promptKey).anonymity() == DiscussStep.Anonymity.ANONYMOUS_TO_PEERS;
            notices.tell(List.of(post.userId()), (anonymous ? "A classmate" : me.displayName())
                    + " replied to your post in the class discussion.",
                    "course/" + courseKey + "/discussion/" + promptKey);
        }
    }

    /** Marks a post helpful, or takes the mark back. Returns whether it is marked now. */
    @Transactional
    public boolean toggleHelpful(String courseKey, String promptKey, long postId) {
        StudentResponse post = requireVisible(courseKey, promptKey, postId);
        long me = currentUser.require().id();
        if (post.userId() == me) {
            throw new IllegalArgumentException("You cannot mark your own post as helpful.");
        }
        Helpful.Key key = new Helpful.Key(postId, me);
        if (helpful.existsById(key)) {
            helpful.deleteById(key);
            return false;
        }
        helpful.save(new Helpful(postId, me));
        return true;
    }

    private StudentResponse requireVisible(String courseKey, String promptKey, long postId) {
        return visiblePosts(courseKey, promptKey, new HashMap<>()).stream()
                .filter(post -> post.responseId() == postId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("That post is not in your class's discussion."));
    }

    /** Classmates' posts and mine, oldest first, without posts an instructor hid (unless they are mine). */
    private List<StudentResponse> visiblePosts(String courseKey, String promptKey, Map<Long, Moderation> moderation) {
        long me = currentUser.require().id();
        List<StudentResponse> posts = new ArrayList<>(answers.classmatesPosts(courseKey, promptKey));
        answers.mySubmitted(courseKey, promptKey).ifPresent(posts::add);
        moderations.findByPostIdIn(posts.stream().map(StudentResponse::responseId).toList())
                .forEach(decision -> moderation.put(decision.getPostId(), decision));
        posts.removeIf(post -> post.userId() != me && moderation.containsKey(post.responseId())
                && moderation.get(post.responseId()).getHiddenReason() != null);
        posts.sort(Comparator.comparing(post -> java.util.Objects.requireNonNull(post.submittedAt())));
        return posts;
    }

    private boolean isLocked(String courseKey, String promptKey) {
        List<Long> myCohorts = cohorts.cohortsIAmIn().stream()
                .filter(cohort -> cohort.courseKey().equals(courseKey)).map(org.colloquy.account.CohortRef::id).toList();
        return !myCohorts.isEmpty() && locks.existsByCohortIdInAndPromptKey(myCohorts, promptKey);
    }

    private DiscussStep step(String courseKey, String promptKey) {
        return catalog.course(courseKey).flatMap(course -> course.step(promptKey))
                .filter(DiscussStep.class::isInstance).map(DiscussStep.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("There is no discussion " + promptKey + "."));
    }

    private static Map<Long, String> authorNames(List<StudentResponse> posts, Map<Long, UserRef> classmates, long me,
                                                 boolean anonymous) {
        Map<Long, String> names = new HashMap<>();
        for (StudentResponse post : posts) {
            names.computeIfAbsent(post.userId(), id -> nameOf(id, classmates, me, anonymous, names));
        }
        return names;
    }

    private static String nameOf(long userId, Map<Long, UserRef> classmates, long me, boolean anonymous,
                                 Map<Long, String> named) {
        if (userId == me) {
            return "You";
        }
        if (anonymous) {
            return "Classmate " + (named.values().stream().filter(name -> name.startsWith("Classmate ")).count() + 1);
        }
        UserRef classmate = classmates.get(userId);
        return classmate == null ? "A former classmate" : classmate.displayName();
    }
}
