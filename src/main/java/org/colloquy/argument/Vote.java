package org.colloquy.argument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "argument_vote")
@IdClass(Vote.Key.class)
class Vote {

    @Id
    @Column(name = "reason_id")
    private long reasonId;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stance stance;

    protected Vote() {
        this.stance = Stance.SUPPORT;
    }

    Vote(long reasonId, long userId, Stance stance) {
        this.reasonId = reasonId;
        this.userId = userId;
        this.stance = stance;
    }

    long getReasonId() {
        return reasonId;
    }

    long getUserId() {
        return userId;
    }

    Stance getStance() {
        return stance;
    }

    record Key(long reasonId, long userId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
