package org.colloquy.seminar.results;

import org.colloquy.base.i18n.Text;
import org.colloquy.base.Author;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One live session of a class, for its instructors' dashboard; its leader by name, a former member when gone.
 * {@code promptCount} is how many prompts the session asks, {@code promptsAnswered} how many of them received at
 * least one answer, {@code peopleAnswering} how many different people answered: students and guests alike.
 */
public record LiveSessionSummary(long id, Text title, Author leader, Instant startedAt,
                                 @Nullable Instant closedAt, int promptCount, int promptsAnswered, int answerCount,
                                 int peopleAnswering) {

    public boolean isRunning() {
        return closedAt == null;
    }
}
