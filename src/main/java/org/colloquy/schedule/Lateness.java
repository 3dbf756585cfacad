package org.colloquy.schedule;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether one student's work on one lesson with a due date was late, for the class overview and the gradebook.
 *
 * @param studentId the student
 * @param lessonKey the lesson
 * @param dueAt when it was due for her (her extension included)
 * @param kind on time, late, missing, or not due yet
 * @param handedInAt when she last submitted an answer of the lesson, if she did
 */
public record Lateness(long studentId, String lessonKey, Instant dueAt, Kind kind, @Nullable Instant handedInAt) {

    /**
     * ON_TIME: finished, and no answer of the lesson last submitted after the due time. LATE: an answer of the lesson
     * was last submitted after the due time (finished or not). MISSING: the due time has passed, the lesson is not
     * finished and nothing came late. NOT_DUE_YET: not finished, and there is still time.
     */
    public enum Kind { ON_TIME, LATE, MISSING, NOT_DUE_YET }

    public boolean late() {
        return kind == Kind.LATE;
    }

    static Lateness of(long studentId, String lessonKey, Instant dueAt, @Nullable HandedIn work, Instant now) {
        Instant handedIn = work == null ? null : work.lastSubmittedAt();
        Kind kind;
        if (handedIn != null && handedIn.isAfter(dueAt)) {
            kind = Kind.LATE;
        } else if (work != null && work.finished()) {
            kind = Kind.ON_TIME;
        } else if (now.isAfter(dueAt)) {
            kind = Kind.MISSING;
        } else {
            kind = Kind.NOT_DUE_YET;
        }
        return new Lateness(studentId, lessonKey, dueAt, kind, handedIn);
    }
}
