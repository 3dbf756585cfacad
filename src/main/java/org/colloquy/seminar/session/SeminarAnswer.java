package org.colloquy.seminar.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A student's answer to one prompt of one live session. */
@Entity
@Table(name = "seminar_answer")
public class SeminarAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    /** The prompt key, lessonKey/stepKey (the column kept its first name). */
    @Column(name = "step_key", nullable = false, length = 201)
    private String stepKey;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(name = "guest_id")
    private @Nullable Long guestId;

    @Column(nullable = false)
    private boolean starred;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(length = 100)
    private @Nullable String choice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Approval approval;

    @Column(nullable = false)
    private int revision;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected SeminarAnswer() {
        this.stepKey = "";
        this.body = "";
        this.approval = Approval.PENDING;
        this.answeredAt = Instant.EPOCH;
    }

    public SeminarAnswer(long sessionId, String stepKey, long userId) {
        this();
        this.sessionId = sessionId;
        this.stepKey = stepKey;
        this.userId = userId;
    }

    public static SeminarAnswer byGuest(long sessionId, String stepKey, long guestId) {
        SeminarAnswer answer = new SeminarAnswer();
        answer.sessionId = sessionId;
        answer.stepKey = stepKey;
        answer.guestId = guestId;
        return answer;
    }

    /** A new or changed answer needs the leader's approval again before the projector may show it. */
    public void change(String body, @Nullable String choice, Instant now) {
        if (!body.equals(this.body) || !Objects.equals(choice, this.choice)) {
            this.approval = Approval.PENDING;
            this.starred = false;
        }
        this.body = body;
        this.choice = choice;
        this.revision++;
        this.answeredAt = now;
    }

    public void moderate(Approval approval) {
        this.approval = approval;
    }

    public long requireId() {
        return Objects.requireNonNull(id);
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getStepKey() {
        return stepKey;
    }

    /** The student who answered; null for a guest's answer. */
    public @Nullable Long getUserId() {
        return userId;
    }

    /** The guest who answered; null for a student's answer. */
    public @Nullable Long getGuestId() {
        return guestId;
    }

    public void star(boolean starred) {
        this.starred = starred;
    }

    public boolean isStarred() {
        return starred;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getChoice() {
        return choice;
    }

    public Approval getApproval() {
        return approval;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
