package org.colloquy.studio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One owner of a course published from the studio, and since when. */
@Entity
@Table(name = "studio_course_owner")
@IdClass(CourseOwner.Key.class)
class CourseOwner {

    @Id
    @Column(name = "course_key")
    private String courseKey;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "since", nullable = false)
    private Instant since;

    protected CourseOwner() {
        this.courseKey = "";
        this.since = Instant.EPOCH;
    }

    CourseOwner(String courseKey, long userId, Instant since) {
        this.courseKey = courseKey;
        this.userId = userId;
        this.since = since;
    }

    String courseKey() {
        return courseKey;
    }

    long userId() {
        return userId;
    }

    Instant since() {
        return since;
    }

    record Key(String courseKey, long userId) implements Serializable {

        Key() {
            this("", 0);
        }
    }
}
