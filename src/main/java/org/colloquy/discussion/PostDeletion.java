package org.colloquy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A student took her post back. It covers the submissions up to {@code submissionNumber}: submitting the answer
 * again in the lesson posts it again.
 */
@Entity
@Table(name = "discussion_post_deletion")
class PostDeletion {

    @Id
    @Column(name = "response_id")
    private long postId;

    @Column(name = "submission_number", nullable = false)
    private int submissionNumber;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected PostDeletion() {
        this.deletedAt = Instant.EPOCH;
    }

    PostDeletion(long postId, int submissionNumber, Instant deletedAt) {
        this.postId = postId;
        this.submissionNumber = submissionNumber;
        this.deletedAt = deletedAt;
    }

    void renew(int number, Instant now) {
        this.submissionNumber = number;
        this.deletedAt = now;
    }

    long getPostId() {
        return postId;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    /** Whether the post, now at this many submissions, is still taken back. */
    boolean covers(int submissionCount) {
        return submissionCount <= submissionNumber;
    }
}
