package org.colloquy.lesson;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Where a student stands in one lesson: the step to resume at, the read steps she has read, whether it is done. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_key", nullable = false, length = 100)
    private String courseKey;

    @Column(name = "lesson_key", nullable = false, length = 100)
    private String lessonKey;

    @Column(name = "current_step_key", nullable = false, length = 100)
    private String currentStepKey;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "lesson_step_read", joinColumns = @JoinColumn(name = "progress_id"))
    @Column(name = "step_key", nullable = false, length = 100)
    private Set<String> readSteps = new HashSet<>();

    protected LessonProgress() {
        this.courseKey = "";
        this.lessonKey = "";
        this.currentStepKey = "";
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public LessonProgress(long userId, String courseKey, String lessonKey, String stepKey, Instant now) {
        this.userId = userId;
        this.courseKey = courseKey;
        this.lessonKey = lessonKey;
        this.currentStepKey = stepKey;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public void moveTo(String stepKey, Instant now) {
        this.currentStepKey = stepKey;
        this.updatedAt = now;
    }

    public void markRead(String stepKey, Instant now) {
        if (readSteps.add(stepKey)) {
            updatedAt = now;
        }
    }

    public Set<String> getReadSteps() {
        return Set.copyOf(readSteps);
    }

    public void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
        updatedAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public String getCurrentStepKey() {
        return currentStepKey;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }
}
