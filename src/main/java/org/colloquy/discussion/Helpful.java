package org.colloquy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One student marking one post as helpful. */
@Entity
@Table(name = "discussion_helpful")
@IdClass(Helpful.Key.class)
class Helpful {

    @Id
    @Column(name = "response_id")
    private long postId;

    @Id
    @Column(name = "user_id")
    private long userId;

    protected Helpful() {
    }

    Helpful(long postId, long userId) {
        this.postId = postId;
        this.userId = userId;
    }

    long getPostId() {
        return postId;
    }

    long getUserId() {
        return userId;
    }

    record Key(long postId, long userId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
