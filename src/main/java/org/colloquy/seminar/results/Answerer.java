package org.colloquy.seminar.results;

/**
 * Who gave a live answer, as the class's instructors read it afterwards: a student of the class, someone else with an
 * account, someone whose account is gone (no name), or a guest under the name she gave in the room. Views name each
 * kind in the reader's language (decision 0026). Two answers come from the same person exactly when their answerers
 * are equal: a guest and an account never are, even with the same id.
 */
public record Answerer(Kind kind, long id, String name) {

    public enum Kind {
        /** A student of the class, by her name. */
        STUDENT,
        /** Someone with an account who is not a student of the class, by name. */
        NOT_IN_CLASS,
        /** Someone whose account no longer exists; no name. */
        FORMER,
        /** Someone without an account, by the name she gave when she joined the session. */
        GUEST
    }

    /** A student of the class: her other live answers in the class can be listed. */
    public boolean inClass() {
        return kind == Kind.STUDENT;
    }
}
