package org.colloquy.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student invited into a cohort from a class list, who has not yet accepted or declined. */
@Entity
@Table(name = "cohort_invitation")
@IdClass(CohortMember.Key.class)
class CohortInvitation {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected CohortInvitation() {
        this.invitedAt = Instant.EPOCH;
    }

    CohortInvitation(long cohortId, long userId, long invitedBy, Instant invitedAt) {
        this.cohortId = cohortId;
        this.userId = userId;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
    }

    long getCohortId() {
        return cohortId;
    }

    long getUserId() {
        return userId;
    }

    long getInvitedBy() {
        return invitedBy;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }
}
