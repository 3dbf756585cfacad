package org.colloquy.identity;

/**
 * Who may hand out a new link to choose the first password of a student account nobody has signed in to yet. A new
 * link cancels the one handed out before, so whoever gets it may take the account: only the instructors of a class the
 * student is in may. The cohort feature implements it, because classes are where that is known.
 */
public interface FirstPasswordLinks {

    /** Whether the signed-in instructor teaches a class this student is in. */
    boolean mayHandOutFor(long studentId);
}
