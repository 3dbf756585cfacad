package org.colloquy.identity;

/** What a person may do. One person may hold several roles. */
public enum Role {
    STUDENT, INSTRUCTOR, SEMINAR_LEADER, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_STUDENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
