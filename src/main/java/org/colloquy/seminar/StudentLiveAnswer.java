package org.colloquy.seminar;

import java.time.Instant;

/** One of a student's live answers, across the sessions of her class, for her instructors. */
public record StudentLiveAnswer(long sessionId, String sessionTitle, Instant sessionStartedAt, int promptNumber,
                                String prompt, String answer, Approval approval) {
}
