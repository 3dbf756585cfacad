package org.colloquy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change of an account: who changed whom, when, what, and her roles before and after. */
@Entity
@Table(name = "people_audit")
class AccountChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 30)
    private String action;

    /** The roles before and after, as {@code STUDENT>INSTRUCTOR,SEMINAR_LEADER}. */
    @Column(nullable = false, length = 200)
    private String detail;

    protected AccountChangeRecord() {
        this.recordedAt = Instant.EPOCH;
        this.action = "";
        this.detail = "";
    }

    AccountChangeRecord(Instant recordedAt, @Nullable Long actorId, long subjectId, String action, String detail) {
        this.recordedAt = recordedAt;
        this.actorId = actorId;
        this.subjectId = subjectId;
        this.action = action;
        this.detail = detail;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    @Nullable Long getActorId() {
        return actorId;
    }

    long getSubjectId() {
        return subjectId;
    }

    String getAction() {
        return action;
    }

    String getDetail() {
        return detail;
    }
}
