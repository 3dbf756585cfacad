package org.colloquy.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One request for a link to choose a new password, counted per address (its hash) to throttle requests. */
@Entity
@Table(name = "password_reset_request")
class PasswordResetRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "address_hash", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected PasswordResetRequest() {
        this.addressHash = "";
        this.requestedAt = Instant.EPOCH;
    }

    PasswordResetRequest(String addressHash, Instant requestedAt) {
        this.addressHash = addressHash;
        this.requestedAt = requestedAt;
    }
}
