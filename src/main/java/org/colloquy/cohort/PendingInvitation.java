package org.colloquy.cohort;

import java.time.Instant;

/** An invitation into a class, as the invited student reads it: which class, on which course, from whom. */
public record PendingInvitation(long cohortId, String className, String courseKey, String courseTitle,
                                String invitedBy, Instant invitedAt) {
}
