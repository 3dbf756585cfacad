package org.colloquy.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(nullable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notice() {
        this.message = "";
        this.link = "";
        this.createdAt = Instant.EPOCH;
    }

    Notice(long userId, Text message, String link, Instant createdAt) {
        this.userId = userId;
        this.message = abbreviate(message.english());
        this.messageKey = message.key();
        this.messageArgs = NoticeArguments.write(message.arguments().stream().map(Notice::argument).toList());
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NoticeView view() {
        return new NoticeView(Objects.requireNonNull(id), said(), link, createdAt, readAt != null);
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

    private static String abbreviate(String english) {
        return english.length() <= MESSAGE_LENGTH ? english : english.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
