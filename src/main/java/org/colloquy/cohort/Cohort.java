package org.colloquy.cohort;

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
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A class taught from one course, with its instructors and the code students join with. */
@Entity
@Table(name = "cohort")
class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "course_key", nullable = false, length = 100)
    private String courseKey;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "join_code", nullable = false, unique = true, length = 12)
    private String joinCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_instructor", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> instructorIds = new HashSet<>();

    protected Cohort() {
        this.courseKey = "";
        this.name = "";
        this.joinCode = "";
        this.createdAt = Instant.EPOCH;
    }

    Cohort(String courseKey, String name, String joinCode, long firstInstructorId, Instant createdAt) {
        this.courseKey = courseKey;
        this.name = name;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
        this.instructorIds.add(firstInstructorId);
    }

    boolean isTaughtBy(long userId) {
        return instructorIds.contains(userId);
    }

    void addInstructor(long userId) {
        instructorIds.add(userId);
    }

    @Nullable Long getId() {
        return id;
    }

    String getCourseKey() {
        return courseKey;
    }

    String getName() {
        return name;
    }

    String getJoinCode() {
        return joinCode;
    }

    Set<Long> getInstructorIds() {
        return Set.copyOf(instructorIds);
    }
}
