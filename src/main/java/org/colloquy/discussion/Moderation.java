package org.colloquy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An instructor's decision on one post: hidden with a reason its author sees, and/or pinned to the top. */
@Entity
@Table(name = "discussion_moderation")
class Moderation {

    @Id
    @Column(name = "response_id")
    private long postId;

    @Column(name = "hidden_reason", length = 500)
    private @Nullable String hiddenReason;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "moderator_id", nullable = false)
    private long moderatorId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Moderation() {
        this.updatedAt = Instant.EPOCH;
    }

    Moderation(long postId, long moderatorId, Instant now) {
        this.postId = postId;
        this.moderatorId = moderatorId;
        this.updatedAt = now;
    }

    void hide(@Nullable String reason, long moderator, Instant now) {
        this.hiddenReason = reason;
        this.moderatorId = moderator;
        this.updatedAt = now;
    }

    void pin(boolean pin, long moderator, Instant now) {
        this.pinned = pin;
        this.moderatorId = moderator;
        this.updatedAt = now;
    }

    long getPostId() {
        return postId;
    }

    @Nullable String getHiddenReason() {
        return hiddenReason;
    }

    boolean isPinned() {
        return pinned;
    }
}
