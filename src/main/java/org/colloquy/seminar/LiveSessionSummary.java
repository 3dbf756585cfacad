package org.colloquy.seminar;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One live session of a class, for its instructors' dashboard. */
public record LiveSessionSummary(long id, String title, String leaderName, Instant startedAt,
                                 @Nullable Instant closedAt, int promptCount, int answerCount, int peopleAnswering) {

    public boolean isRunning() {
        return closedAt == null;
    }
}
