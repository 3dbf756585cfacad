package org.colloquy.notice;

import java.util.List;
import java.util.Optional;
import org.colloquy.base.i18n.Text;
import org.colloquy.cohort.InvitationWithdrawn;
import org.colloquy.cohort.StudentInvited;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.discussion.PostHidden;
import org.colloquy.discussion.ReplyPosted;
import org.colloquy.review.FeedbackReleased;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people what happened elsewhere that concerns them. Each method runs once the transaction that published its
 * event has committed, in a transaction of its own; the event publication registry (decision 0028) has stored the
 * event with that commit and keeps it until the method has returned, so a crash or a failure in between leaves it to
 * be handled again when the app restarts: nobody misses a notice. The listener ids are fixed, because stored events
 * find their listener by id after a restart: renaming a method must not orphan them.
 */
@Component
class NoticesForEvents {

    private final NoticeService notices;
    private final CourseCatalog catalog;

    NoticesForEvents(NoticeService notices, CourseCatalog catalog) {
        this.notices = notices;
        this.catalog = catalog;
    }

    /** The student learns that feedback on her answer is ready, and finds it in the lesson of that answer. */
    @TransactionalEventListener(id = "notice:feedback-released")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void feedbackReleased(FeedbackReleased released) {
        Optional<PromptKey> prompt = PromptKey.parse(released.promptKey());
        String lessonTitle = prompt
                .flatMap(key -> catalog.course(released.courseKey()).flatMap(course -> course.lesson(key.lessonKey())))
                .map(Lesson::title)
                .orElse(released.promptKey());
        NoticeTarget where = prompt.<NoticeTarget>map(key -> new NoticeTarget.LessonPage(released.courseKey(),
                key.lessonKey())).orElseGet(NoticeTarget.MyWorkPage::new);
        notices.tell(List.of(released.studentId()), Text.of("review.notice.feedback-ready", lessonTitle), where);
    }

    /** The author of a post learns that someone else replied to it, by name unless the discussion hides names; her instructor always by name. */
    @TransactionalEventListener(id = "notice:reply-posted")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void replyPosted(ReplyPosted reply) {
        if (reply.postAuthorId() == reply.replierId()) {
            return;
        }
        String replier = reply.replierName();
        Text what = replier == null ? Text.of("discussion.notice.reply-anonymous")
                : Text.of(reply.byInstructor() ? "discussion.notice.reply-instructor" : "discussion.notice.reply", replier);
        notices.tell(List.of(reply.postAuthorId()), what,
                new NoticeTarget.DiscussionPage(reply.courseKey(), reply.promptKey()));
    }

    /** The author of a hidden post learns why, on the discussion where her post was. */
    @TransactionalEventListener(id = "notice:post-hidden")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void postHidden(PostHidden hidden) {
        notices.tell(List.of(hidden.authorId()), Text.of("discussion.notice.post-hidden", hidden.reason()),
                new NoticeTarget.DiscussionPage(hidden.courseKey(), hidden.promptKey()));
    }

    /** A student invited into a class learns who invited her and where to accept or decline: her home page. */
    @TransactionalEventListener(id = "notice:student-invited")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void studentInvited(StudentInvited invited) {
        notices.tell(List.of(invited.studentId()), Text.of("account.notice.invited", invited.inviterName(),
                invited.className()), new NoticeTarget.HomePage());
    }

    /** A student whose invitation was taken back learns it, so the notice of the invitation does not send her looking. */
    @TransactionalEventListener(id = "notice:invitation-withdrawn")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void invitationWithdrawn(InvitationWithdrawn withdrawn) {
        notices.tell(List.of(withdrawn.studentId()), Text.of("account.notice.withdrawn", withdrawn.withdrawnBy(),
                withdrawn.className()), new NoticeTarget.HomePage());
    }
}
