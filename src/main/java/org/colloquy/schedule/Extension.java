package org.colloquy.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A later due date (and perhaps a later close) for one student of a class, for one lesson. */
@Entity
@Table(name = "schedule_extension")
@IdClass(Extension.Key.class)
class Extension {

    /** A class, one of its lessons and one of its students. */
    record Key(long cohortId, String lessonKey, long studentId) implements Serializable {
        Key() {
            this(0, "", 0);
        }
    }

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Id
    @Column(name = "lesson_key", length = 100)
    private String lessonKey;

    @Id
    @Column(name = "student_id")
    private long studentId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    protected Extension() {
        this.lessonKey = "";
        this.dueAt = Instant.EPOCH;
    }

    Extension(long cohortId, String lessonKey, long studentId, Instant dueAt, @Nullable Instant closesAt) {
        this.cohortId = cohortId;
        this.lessonKey = lessonKey;
        this.studentId = studentId;
        this.dueAt = dueAt;
        this.closesAt = closesAt;
    }

    void set(Instant due, @Nullable Instant closes) {
        this.dueAt = due;
        this.closesAt = closes;
    }

    long getCohortId() {
        return cohortId;
    }

    String getLessonKey() {
        return lessonKey;
    }

    long getStudentId() {
        return studentId;
    }

    Instant getDueAt() {
        return dueAt;
    }

    @Nullable Instant getClosesAt() {
        return closesAt;
    }
}
