package org.colloquy.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message an admin sees: never its body, which may hold a one-time link.
 *
 * @param address where it goes, or {@code null} when the person has no address
 * @param lastError why the last try failed, or {@code null}
 */
public record OutboxEntry(long id, MailKind kind, @Nullable String address, String subject, MailStatus status,
                          int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt) {
}
