package org.colloquy.seminar.cohort;

import org.colloquy.argument.ArgumentMap;
import org.colloquy.content.Course;
import org.jspecify.annotations.Nullable;

/**
 * What the leader brought onto the projector from the class's own work: a starred answer (its text only, never
 * its author) and the class's argument map (without authors). Either may be absent.
 */
public record CohortOnScreen(Course course, @Nullable StarredAnswer broughtIn, @Nullable ArgumentMap map) {

    public static CohortOnScreen nothing(Course course) {
        return new CohortOnScreen(course, null, null);
    }

    public boolean isEmpty() {
        return broughtIn == null && map == null;
    }
}
