package org.colloquy.seminar.guest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Someone in the room without an account: a display name, and the hash of the token their phone keeps. */
@Entity
@Table(name = "seminar_guest")
class SeminarGuest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "display_name", nullable = false, length = 40)
    private String displayName;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected SeminarGuest() {
        this.tokenHash = "";
        this.displayName = "";
        this.joinedAt = Instant.EPOCH;
    }

    SeminarGuest(long sessionId, String tokenHash, String displayName, Instant now) {
        this.sessionId = sessionId;
        this.tokenHash = tokenHash;
        this.displayName = displayName;
        this.joinedAt = now;
    }

    long requireId() {
        return Objects.requireNonNull(id);
    }

    long getSessionId() {
        return sessionId;
    }

    String getDisplayName() {
        return displayName;
    }
}
