package org.colloquy.seminar.session;

import org.colloquy.base.i18n.Text;
import java.time.Instant;

/** One of the leader's open sessions, for the start page. */
public record SessionSummary(long id, Text lessonTitle, String joinCode, Instant startedAt) {
}
