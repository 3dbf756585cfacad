package org.colloquy.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the schedule must know of written work, asked of the lesson feature that keeps it (it implements this port):
 * the schedule never reads lesson tables, and the lesson asks the schedule when it may take a submission.
 */
public interface ClassWork {

    /**
     * For each student of a class the signed-in instructor teaches and each lesson she has begun: when she last
     * submitted an answer of it and whether she finished it. Denied for a class she does not teach.
     */
    List<HandedIn> handedIn(long cohortId);

    /**
     * Of these students, the ones who have finished this lesson. Asked by the reminder, which runs as the system
     * (role {@code SYSTEM}, which no person has); denied to everyone else.
     */
    Set<Long> finished(String courseKey, String lessonKey, Collection<Long> studentIds);
}
