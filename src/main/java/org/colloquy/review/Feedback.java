package org.colloquy.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An instructor's comment, rubric scores and star on one response; a draft until released. */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "response_id", nullable = false, unique = true)
    private long responseId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 4000)
    private String comment;

    @Column(nullable = false)
    private boolean starred;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_score", joinColumns = @JoinColumn(name = "feedback_id"))
    private List<CriterionScore> scores = new ArrayList<>();

    protected Feedback() {
        this.comment = "";
        this.updatedAt = Instant.EPOCH;
    }

    public Feedback(long responseId, long cohortId, long authorId, Instant now) {
        this.responseId = responseId;
        this.cohortId = cohortId;
        this.authorId = authorId;
        this.comment = "";
        this.updatedAt = now;
    }

    public void write(long authorId, String comment, List<CriterionScore> scores, Instant now) {
        this.authorId = authorId;
        this.comment = comment;
        this.scores.clear();
        this.scores.addAll(scores);
        this.updatedAt = now;
    }

    public void star(boolean starred, Instant now) {
        this.starred = starred;
        this.updatedAt = now;
    }

    public boolean release(Instant now) {
        if (releasedAt != null || !hasContent()) {
            return false;
        }
        releasedAt = now;
        return true;
    }

    public boolean hasContent() {
        return !comment.isBlank() || !scores.isEmpty();
    }

    public long getResponseId() {
        return responseId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getComment() {
        return comment;
    }

    public boolean isStarred() {
        return starred;
    }

    public @Nullable Instant getReleasedAt() {
        return releasedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }
}
