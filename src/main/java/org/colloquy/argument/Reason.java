package org.colloquy.argument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

@Entity
@Table(name = "argument_reason")
class Reason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "prompt_key", nullable = false, length = 201)
    private String promptKey;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side;

    @Column(nullable = false, length = 1000)
    private String body;

    /** Paragraph ids, comma-separated. */
    @Column(nullable = false, length = 500)
    private String cites;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Reason() {
        this.promptKey = "";
        this.side = Side.FOR;
        this.body = "";
        this.cites = "";
        this.createdAt = Instant.EPOCH;
    }

    Reason(long cohortId, String promptKey, long authorId, Side side, String body, List<String> cites, Instant now) {
        this.cohortId = cohortId;
        this.promptKey = promptKey;
        this.authorId = authorId;
        this.side = side;
        this.body = body;
        this.cites = String.join(",", cites);
        this.createdAt = now;
    }

    long getId() {
        return Objects.requireNonNull(id);
    }

    long getAuthorId() {
        return authorId;
    }

    Side getSide() {
        return side;
    }

    String getBody() {
        return body;
    }

    List<String> getCites() {
        return cites.isEmpty() ? List.of() : Arrays.asList(cites.split(","));
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
