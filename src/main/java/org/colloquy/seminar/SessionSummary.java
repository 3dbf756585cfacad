package org.colloquy.seminar;

import java.time.Instant;

/** One of the leader's open sessions, for the start page. */
public record SessionSummary(long id, String lessonTitle, String joinCode, Instant startedAt) {
}
