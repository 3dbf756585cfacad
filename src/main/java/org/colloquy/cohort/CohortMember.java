package org.colloquy.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A student enrolled in a cohort. */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
class CohortMember {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected CohortMember() {
        this.joinedAt = Instant.EPOCH;
    }

    CohortMember(long cohortId, long userId, Instant joinedAt) {
        this.cohortId = cohortId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    long getCohortId() {
        return cohortId;
    }

    long getUserId() {
        return userId;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    record Key(long cohortId, long userId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
