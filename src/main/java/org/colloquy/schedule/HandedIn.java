package org.colloquy.schedule;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one student handed in of one lesson: when she last submitted an answer of it, and whether she finished it.
 * The lesson feature tells it through {@link ClassWork}.
 */
public record HandedIn(long studentId, String lessonKey, @Nullable Instant lastSubmittedAt, boolean finished) {
}
