package org.colloquy.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.base.i18n.InterfaceLanguage;
import org.colloquy.base.i18n.MessageBundles;
import org.colloquy.identity.Contact;
import org.jspecify.annotations.Nullable;

/**
 * The words of every message, in the recipient's language, from {@code i18n/mail_*.properties}. What a person typed
 * (a name, a lesson title) goes in only as an argument, which {@link MailBody} escapes in the HTML and keeps to one
 * line in the subject.
 */
final class MailTemplates {

    private final MessageBundles bundles;

    MailTemplates(MessageBundles bundles) {
        this.bundles = bundles;
    }

    MailBody invitation(Contact to, @Nullable String issuerName, String link, Instant expiresAt) {
        InterfaceLanguage language = language(to);
        return greeted(to, "mail.invitation.subject")
                .paragraph(issuerName == null ? text(language, "mail.invitation.body-anonymous")
                        : text(language, "mail.invitation.body", oneLine(issuerName)))
                .action(text(language, "mail.invitation.action"), link)
                .paragraph(text(language, "mail.link.expires", date(expiresAt, language)))
                .small(text(language, "mail.footer"));
    }

    MailBody reset(Contact to, String link, Instant expiresAt) {
        InterfaceLanguage language = language(to);
        return greeted(to, "mail.reset.subject")
                .paragraph(text(language, "mail.reset.body"))
                .action(text(language, "mail.reset.action"), link)
                .paragraph(text(language, "mail.link.expires", date(expiresAt, language)))
                .small(text(language, "mail.footer"));
    }

    MailBody feedbackReleased(Contact to, String lessonTitle, String link) {
        InterfaceLanguage language = language(to);
        String title = oneLine(lessonTitle);
        return new MailBody(text(language, "mail.feedback.subject", title), language.code())
                .paragraph(text(language, "mail.greeting", oneLine(to.displayName())))
                .paragraph(text(language, "mail.feedback.body", title))
                .action(text(language, "mail.feedback.action"), link)
                .small(text(language, "mail.footer"));
    }

    /** {@code replierName} is {@code null} where the discussion hides names from classmates. */
    MailBody replyPosted(Contact to, @Nullable String replierName, boolean byInstructor, String lessonTitle,
                         String link) {
        InterfaceLanguage language = language(to);
        String subject = replierName == null ? text(language, "mail.reply.subject-anonymous")
                : text(language, byInstructor ? "mail.reply.subject-instructor" : "mail.reply.subject",
                oneLine(replierName));
        return new MailBody(subject, language.code())
                .paragraph(text(language, "mail.greeting", oneLine(to.displayName())))
                .paragraph(text(language, "mail.reply.body", oneLine(lessonTitle)))
                .action(text(language, "mail.reply.action"), link)
                .small(text(language, "mail.footer"));
    }

    /**
     * A lesson due tomorrow, in the classes named (one, or several of one course with the same due time): the subject
     * and the text name them, so two reminders of one lesson with different due dates say which class each is for.
     */
    MailBody lessonDueSoon(Contact to, String lessonTitle, List<String> classNames, Instant dueAt, String timeZone,
                           String link, String settingsLink) {
        InterfaceLanguage language = language(to);
        String title = oneLine(lessonTitle);
        ZoneId zone = zone(timeZone);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(zone).format(dueAt);
        if (classNames.isEmpty()) {
            return new MailBody(text(language, "mail.due.subject", title), language.code())
                    .paragraph(text(language, "mail.greeting", oneLine(to.displayName())))
                    .paragraph(text(language, "mail.due.body", title, when, zone.getId()))
                    .action(text(language, "mail.due.action"), link)
                    .small(text(language, "mail.due.stop", settingsLink));
        }
        String classes = classNames.stream().map(MailTemplates::oneLine)
                .map(name -> text(language, "mail.due.class-name", name))
                .collect(Collectors.joining(text(language, "mail.due.class-separator")));
        return new MailBody(text(language, "mail.due.subject-class", title, classes), language.code())
                .paragraph(text(language, "mail.greeting", oneLine(to.displayName())))
                .paragraph(text(language, "mail.due.body-class", title, when, zone.getId(), classes,
                        classNames.size()))
                .action(text(language, "mail.due.action"), link)
                .small(text(language, "mail.due.stop", settingsLink));
    }

    private MailBody greeted(Contact to, String subjectKey) {
        InterfaceLanguage language = language(to);
        return new MailBody(text(language, subjectKey), language.code())
                .paragraph(text(language, "mail.greeting", oneLine(to.displayName())));
    }

    private String text(InterfaceLanguage language, String key, Object... arguments) {
        return bundles.text(key, language, arguments);
    }

    private static String date(Instant instant, InterfaceLanguage language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                .withZone(ZoneOffset.UTC).format(instant);
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (RuntimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    static InterfaceLanguage language(Contact to) {
        return InterfaceLanguage.ofCode(to.language()).orElse(InterfaceLanguage.ENGLISH);
    }

    private static String oneLine(String text) {
        return MailBody.oneLine(text);
    }
}
