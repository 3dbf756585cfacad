package org.colloquy.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** When one lesson opens, is due and closes for a class; any of them may be unset. */
@Entity
@Table(name = "schedule_lesson")
@IdClass(LessonDates.Key.class)
class LessonDates {

    /** A class and one of its course's lessons. */
    record Key(long cohortId, String lessonKey) implements Serializable {
        Key() {
            this(0, "");
        }
    }

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "lesson_key", length = 100)
    private String lessonKey;

    @Column(name = "course_key", nullable = false, length = 100)
    private String courseKey;

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "due_at")
    private @Nullable Instant dueAt;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    protected LessonDates() {
        this.lessonKey = "";
        this.courseKey = "";
    }

    LessonDates(long cohortId, String courseKey, String lessonKey) {
        this.cohortId = cohortId;
        this.courseKey = courseKey;
        this.lessonKey = lessonKey;
    }

    void set(@Nullable Instant opens, @Nullable Instant due, @Nullable Instant closes) {
        this.opensAt = opens;
        this.dueAt = due;
        this.closesAt = closes;
    }

    long getCohortId() {
        return cohortId;
    }

    String getCourseKey() {
        return courseKey;
    }

    String getLessonKey() {
        return lessonKey;
    }

    @Nullable Instant getOpensAt() {
        return opensAt;
    }

    @Nullable Instant getDueAt() {
        return dueAt;
    }

    @Nullable Instant getClosesAt() {
        return closesAt;
    }
}
