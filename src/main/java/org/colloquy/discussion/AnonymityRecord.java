package org.colloquy.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A discuss prompt that had posts while anonymous to peers, and so stays anonymous. */
@Entity
@Table(name = "discussion_anonymity")
@IdClass(AnonymityRecord.Key.class)
class AnonymityRecord {

    @Id
    @Column(name = "course_key", length = 100)
    private String courseKey;

    @Id
    @Column(name = "prompt_key", length = 201)
    private String promptKey;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AnonymityRecord() {
        this.courseKey = "";
        this.promptKey = "";
        this.recordedAt = Instant.EPOCH;
    }

    AnonymityRecord(String courseKey, String promptKey, Instant recordedAt) {
        this.courseKey = courseKey;
        this.promptKey = promptKey;
        this.recordedAt = recordedAt;
    }

    record Key(String courseKey, String promptKey) implements Serializable {
        Key() {
            this("", "");
        }
    }
}
