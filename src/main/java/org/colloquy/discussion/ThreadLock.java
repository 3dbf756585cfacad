package org.colloquy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A cohort's discussion on one prompt, closed to new replies. */
@Entity
@Table(name = "discussion_lock")
@IdClass(ThreadLock.Key.class)
class ThreadLock {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "prompt_key", length = 201)
    private String promptKey;

    @Column(name = "locked_at", nullable = false)
    private Instant lockedAt;

    protected ThreadLock() {
        this.promptKey = "";
        this.lockedAt = Instant.EPOCH;
    }

    ThreadLock(long cohortId, String promptKey, Instant lockedAt) {
        this.cohortId = cohortId;
        this.promptKey = promptKey;
        this.lockedAt = lockedAt;
    }

    record Key(long cohortId, String promptKey) implements Serializable {
        Key() {
            this(0, "");
        }
    }
}
