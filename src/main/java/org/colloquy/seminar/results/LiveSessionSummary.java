package org.colloquy.seminar.results;

import org.colloquy.base.i18n.Text;
import org.colloquy.base.Author;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One live session of a class, for its instructors' dashboard; its leader by name, a former member when gone. */
public record LiveSessionSummary(long id, Text title, Author leader, Instant startedAt,
                                 @Nullable Instant closedAt, int promptCount, int answerCount, int peopleAnswering) {

    public boolean isRunning() {
        return closedAt == null;
    }
}
