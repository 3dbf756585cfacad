package org.colloquy.seminar;

import java.time.Instant;

/** One person's live answer to one prompt, as the class's instructors review it afterwards. */
public record LiveResult(long userId, String studentName, boolean inClass, String answer, Approval approval,
                         Instant answeredAt) {
}
