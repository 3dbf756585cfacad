package org.colloquy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/** A reply to a discussion post (one level deep). */
@Entity
@Table(name = "discussion_reply")
class Reply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "response_id", nullable = false)
    private long postId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "by_instructor", nullable = false)
    private boolean byInstructor;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    protected Reply() {
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    Reply(long postId, long authorId, String body, Instant createdAt) {
        this.postId = postId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** A reply the class's instructor wrote as its instructor. */
    static Reply byInstructor(long postId, long authorId, String body, Instant createdAt) {
        Reply reply = new Reply(postId, authorId, body, createdAt);
        reply.byInstructor = true;
        return reply;
    }

    void delete(Instant now) {
        this.deletedAt = now;
    }

    boolean isByInstructor() {
        return byInstructor;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long getId() {
        return Objects.requireNonNull(id);
    }

    long getPostId() {
        return postId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
