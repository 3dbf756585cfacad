package org.colloquy.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message in the outbox (V21): what to send to whom, and where its sending stands. */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

    static final int SUBJECT_LENGTH = 400;
    static final int TEXT_LENGTH = 20_000;
    static final int HTML_LENGTH = 40_000;
    static final int ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailKind kind;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "recipient_address", length = 320)
    private @Nullable String recipientAddress;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "text_body", length = TEXT_LENGTH)
    private @Nullable String textBody;

    @Column(name = "html_body", length = HTML_LENGTH)
    private @Nullable String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 80)
    private @Nullable String leaseOwner;

    @Column(name = "lease_until")
    private @Nullable Instant leaseUntil;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxMessage() {
        this.dedupKey = "";
        this.kind = MailKind.INVITATION;
        this.language = "en";
        this.subject = "";
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    OutboxMessage(String dedupKey, MailKind kind, long recipientId, @Nullable String recipientAddress, String language,
                  MailBody body, Instant now) {
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.recipientId = recipientId;
        this.recipientAddress = recipientAddress;
        this.language = language;
        this.subject = cut(body.subject(), SUBJECT_LENGTH);
        this.createdAt = now;
        this.nextAttemptAt = now;
        if (recipientAddress == null) {
            this.status = MailStatus.NO_ADDRESS;
        } else {
            this.status = MailStatus.PENDING;
            this.textBody = cut(body.text(), TEXT_LENGTH);
            this.htmlBody = cut(body.html(), HTML_LENGTH);
        }
    }

    static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Nullable Long getId() {
        return id;
    }

    MailKind getKind() {
        return kind;
    }

    long getRecipientId() {
        return recipientId;
    }

    @Nullable String getRecipientAddress() {
        return recipientAddress;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    @Nullable String getTextBody() {
        return textBody;
    }

    @Nullable String getHtmlBody() {
        return htmlBody;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }
}
