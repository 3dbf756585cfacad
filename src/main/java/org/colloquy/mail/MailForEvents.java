package org.colloquy.mail;

import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.content.CourseCatalog;
import org.colloquy.content.Lesson;
import org.colloquy.content.PromptKey;
import org.colloquy.discussion.ReplyPosted;
import org.colloquy.identity.Contact;
import org.colloquy.identity.Contacts;
import org.colloquy.identity.SetPasswordLinkIssued;
import org.colloquy.review.FeedbackReleased;
import org.colloquy.schedule.LessonDueSoon;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes to people when something happened that concerns them: each method runs after the commit that published its
 * event, in a transaction of its own, and only queues the message (the {@link MailWorker} sends it), so the click
 * that caused it never waits for a mail server and never fails because of one. The event publication registry keeps
 * the event until the method has returned (decision 0028); the outbox's key keeps a message from being queued twice
 * when an event is handed again. The listener ids are fixed: stored events find their listener by id.
 */
@Component
class MailForEvents {

    private final Outbox outbox;
    private final MailTemplates templates = new MailTemplates(MessageBundles.shared());
    private final MailLinks links;
    private final Contacts contacts;
    private final CourseCatalog catalog;
    private final MailSending sending;
    private final MailPreferenceRepository preferences;

    MailForEvents(Outbox outbox, MailLinks links, Contacts contacts, CourseCatalog catalog, MailSending sending,
                  MailPreferenceRepository preferences) {
        this.outbox = outbox;
        this.links = links;
        this.contacts = contacts;
        this.catalog = catalog;
        this.sending = sending;
        this.preferences = preferences;
    }

    /** A new account's first password, or a new one: the link, which only this email carries besides the issuer's page. */
    @TransactionalEventListener(id = "mail:set-password-link")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void setPasswordLinkIssued(SetPasswordLinkIssued issued) {
        if (!sending.on()) {
            return;
        }
        contacts.of(issued.accountId()).ifPresent(to -> {
            String link = links.setPassword(issued.token());
            if (issued.purpose() == SetPasswordLinkIssued.Purpose.INVITATION) {
                Long by = issued.issuedBy();
                @Nullable String issuer = by == null ? null : contacts.of(by).map(Contact::displayName).orElse(null);
                outbox.queue(MailKind.INVITATION, to, templates.invitation(to, issuer, link, issued.expiresAt()),
                        issued.expiresAt().toEpochMilli(), issued.token());
            } else {
                outbox.queue(MailKind.PASSWORD_RESET, to, templates.reset(to, link, issued.expiresAt()),
                        issued.expiresAt().toEpochMilli(), issued.token());
            }
        });
    }

    @TransactionalEventListener(id = "mail:feedback-released")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void feedbackReleased(FeedbackReleased released) {
        if (!sending.on()) {
            return;
        }
        contacts.of(released.studentId()).ifPresent(to -> {
            String link = PromptKey.parse(released.promptKey())
                    .map(key -> links.lesson(released.courseKey(), key.lessonKey()))
                    .orElseGet(links::myWork);
            outbox.queue(MailKind.FEEDBACK_RELEASED, to,
                    templates.feedbackReleased(to, lessonTitle(released.courseKey(), released.promptKey()), link),
                    released.responseId(), released.releasedAt().toEpochMilli());
        });
    }

    /** The author of a post hears of a reply, unless she wrote it herself. */
    @TransactionalEventListener(id = "mail:reply-posted")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void replyPosted(ReplyPosted reply) {
        if (!sending.on() || reply.postAuthorId() == reply.replierId()) {
            return;
        }
        contacts.of(reply.postAuthorId()).ifPresent(to -> outbox.queue(MailKind.REPLY_POSTED, to,
                templates.replyPosted(to, reply.replierName(), reply.byInstructor(),
                        lessonTitle(reply.courseKey(), reply.promptKey()),
                        links.discussion(reply.courseKey(), reply.promptKey())),
                reply.replyId()));
    }

    /** A day before a lesson is due, unless she turned reminders off. */
    @TransactionalEventListener(id = "mail:lesson-due-soon")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void lessonDueSoon(LessonDueSoon due) {
        if (!sending.on() || !preferences.findById(due.studentId()).map(MailPreference::reminders).orElse(true)) {
            return;
        }
        contacts.of(due.studentId()).ifPresent(to -> outbox.queue(MailKind.LESSON_DUE_SOON, to,
                templates.lessonDueSoon(to, due.lessonTitle(), due.classNames(), due.dueAt(), due.timeZone(),
                        links.lesson(due.courseKey(), due.lessonKey()), links.emailSettings()),
                due.cohortId(), due.courseKey(), due.lessonKey(), due.dueAt().toEpochMilli()));
    }

    private String lessonTitle(String courseKey, String promptKey) {
        return PromptKey.parse(promptKey)
                .flatMap(key -> catalog.course(courseKey).flatMap(course -> course.lesson(key.lessonKey())))
                .map(Lesson::title)
                .orElse(promptKey);
    }
}
