package org.colloquy.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One submitted version of an answer. Never changed or deleted. */
@Entity
@Table(name = "response_submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(length = 100)
    private @Nullable String choice;

    @Column(name = "content_version", nullable = false, length = 20)
    private String contentVersion;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Submission() {
        this.body = "";
        this.contentVersion = "";
        this.submittedAt = Instant.EPOCH;
    }

    public Submission(long responseId, int number, String body, @Nullable String choice, String contentVersion,
               Instant submittedAt) {
        this.responseId = responseId;
        this.number = number;
        this.body = body;
        this.choice = choice;
        this.contentVersion = contentVersion;
        this.submittedAt = submittedAt;
    }

    public long getResponseId() {
        return responseId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    @Nullable String getChoice() {
        return choice;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
