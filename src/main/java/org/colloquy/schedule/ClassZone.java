package org.colloquy.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The time zone a class's dates are typed and read in; a class without one reads them in the server's zone. */
@Entity
@Table(name = "schedule_class")
class ClassZone {

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    protected ClassZone() {
        this.timeZone = "UTC";
    }

    ClassZone(long cohortId, String timeZone) {
        this.cohortId = cohortId;
        this.timeZone = timeZone;
    }

    String getTimeZone() {
        return timeZone;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
