package org.colloquy.cohort;

import java.time.Instant;

/**
 * Published when a class list invited a student who already has an account into a class: she joins only if she
 * accepts (decision 0032). Published in the transaction that stored the invitation, once per invitation.
 *
 * @param studentId the student invited
 * @param cohortId the class she is invited into
 * @param className its name
 * @param inviterName the name of the instructor who imported the list
 */
public record StudentInvited(long studentId, long cohortId, String className, String inviterName, Instant invitedAt) {
}
