package org.colloquy.cohort;

/**
 * Published when an instructor took back the invitation of a student who had not answered it yet; published in the
 * transaction that deleted the invitation.
 *
 * @param studentId the student who was invited
 * @param cohortId the class she was invited into
 * @param className its name
 * @param withdrawnBy the name of the instructor who withdrew it
 */
public record InvitationWithdrawn(long studentId, long cohortId, String className, String withdrawnBy) {
}
