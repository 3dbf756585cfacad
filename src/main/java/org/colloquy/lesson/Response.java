package org.colloquy.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student's working copy of one answer; every submission of it is kept as a {@link Submission}. */
@Entity
@Table(name = "response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_key", nullable = false, length = 100)
    private String courseKey;

    @Column(name = "prompt_key", nullable = false, length = 201)
    private String promptKey;

    @Column(name = "step_kind", nullable = false, length = 20)
    private String stepKind;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(length = 100)
    private @Nullable String choice;

    @Version
    @Column(nullable = false)
    private int revision;

    @Column(name = "content_version", nullable = false, length = 20)
    private String contentVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    protected Response() {
        this.courseKey = "";
        this.promptKey = "";
        this.stepKind = "";
        this.body = "";
        this.contentVersion = "";
        this.createdAt = Instant.EPOCH;
        this.savedAt = Instant.EPOCH;
    }

    public Response(long userId, String courseKey, String promptKey, String stepKind, String contentVersion, Instant now) {
        this.userId = userId;
        this.courseKey = courseKey;
        this.promptKey = promptKey;
        this.stepKind = stepKind;
        this.body = "";
        this.contentVersion = contentVersion;
        this.createdAt = now;
        this.savedAt = now;
    }

    public void saveDraft(String body, @Nullable String choice, String contentVersion, Instant now) {
        this.body = body;
        this.choice = choice;
        this.contentVersion = contentVersion;
        this.savedAt = now;
    }

    public void markSubmitted(Instant now) {
        this.submittedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public String getPromptKey() {
        return promptKey;
    }

    public String getStepKind() {
        return stepKind;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getChoice() {
        return choice;
    }

    public int getRevision() {
        return revision;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
