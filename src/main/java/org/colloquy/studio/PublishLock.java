package org.colloquy.studio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row a publish of one course key locks, so that publishing the same key takes turns across sessions and nodes. */
@Entity
@Table(name = "studio_publish_lock")
class PublishLock {

    @Id
    @Column(name = "course_key", length = 64)
    private String courseKey;

    protected PublishLock() {
        this.courseKey = "";
    }

    PublishLock(String courseKey) {
        this.courseKey = courseKey;
    }
}
