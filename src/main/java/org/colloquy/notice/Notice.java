package org.colloquy.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.colloquy.base.i18n.Text;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notice")
class Notice {

    static final String AS_WRITTEN = "notice.as-written";
    private static final int MESSAGE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    /** The English text (the whole of a notice stored before V9). */
    @Column(nullable = false, length = MESSAGE_LENGTH)
    private String message;

    /** The bundle key of what the notice says; {@code null} on notices stored before V9, which keep only {@link #message}. */
    @Column(name = "message_key", length = 100)
    private @Nullable String messageKey;

    @Column(name = "message_args", length = 4000)
    private @Nullable String messageArgs;

    /** The address of the page; only on notices stored before V11, which have no target. */
    @Column(length = 300)
    private @Nullable String link;

    /** What kind of page the notice points to; {@code null} on notices stored before V11, which keep their link. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 20)
    private @Nullable TargetKind targetKind;

    @Column(name = "target_course", length = 100)
    private @Nullable String targetCourse;

    /** The lesson key of a lesson page, the prompt key of a discussion page. */
    @Column(name = "target_key", length = 200)
    private @Nullable String targetKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notice() {
        this.message = "";
        this.createdAt = Instant.EPOCH;
    }

    Notice(long userId, Text message, NoticeTarget target, Instant createdAt) {
        this.userId = userId;
        this.message = abbreviate(message.english());
        this.messageKey = message.key();
        this.messageArgs = NoticeArguments.write(message.arguments().stream().map(Notice::argument).toList());
        switch (target) {
            case NoticeTarget.LessonPage(String courseKey, String lessonKey) -> point(TargetKind.LESSON, courseKey, lessonKey);
            case NoticeTarget.DiscussionPage(String courseKey, String promptKey) ->
                    point(TargetKind.DISCUSSION, courseKey, promptKey);
            case NoticeTarget.MyWorkPage() -> point(TargetKind.MY_WORK, null, null);
            case NoticeTarget.HomePage() -> point(TargetKind.HOME, null, null);
            case NoticeTarget.StoredLink(String stored) -> throw new IllegalArgumentException(
                    "A new notice points to a page by what it is, not by an address (" + stored + ").");
        }
        this.createdAt = createdAt;
    }

    private void point(TargetKind kind, @Nullable String course, @Nullable String key) {
        this.targetKind = kind;
        this.targetCourse = course;
        this.targetKey = key;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NoticeView view() {
        return new NoticeView(Objects.requireNonNull(id), said(), target(), createdAt, readAt != null);
    }

    /** Where the notice points; a notice from before V11 points where its stored link does. */
    private NoticeTarget target() {
        if (targetKind == null) {
            return new NoticeTarget.StoredLink(link == null ? "" : link);
        }
        return switch (targetKind) {
            case LESSON -> new NoticeTarget.LessonPage(Objects.requireNonNull(targetCourse), Objects.requireNonNull(targetKey));
            case DISCUSSION -> new NoticeTarget.DiscussionPage(Objects.requireNonNull(targetCourse),
                    Objects.requireNonNull(targetKey));
            case MY_WORK -> new NoticeTarget.MyWorkPage();
            case HOME -> new NoticeTarget.HomePage();
        };
    }

    /** What the notice says, to be put in the reader's language; a notice from before V9 says its stored text. */
    private Text said() {
        if (messageKey == null) {
            return Text.of(AS_WRITTEN, message);
        }
        List<String> arguments = messageArgs == null ? List.of() : NoticeArguments.read(messageArgs);
        return new Text(messageKey, List.copyOf(arguments));
    }

    private static String argument(Object argument) {
        if (argument instanceof Text) {
            throw new IllegalArgumentException("A notice's arguments are plain text; give the wording its own key.");
        }
        return String.valueOf(argument);
    }

    /** The kinds of {@link NoticeTarget} a new notice stores, as they are stored (migration V11). */
    enum TargetKind {
        LESSON, DISCUSSION, MY_WORK, HOME
    }

    private static String abbreviate(String english) {
        return english.length() <= MESSAGE_LENGTH ? english : english.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
