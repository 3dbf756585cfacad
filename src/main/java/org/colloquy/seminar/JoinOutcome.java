package org.colloquy.seminar;

/** The result of a student entering a session's join code. */
public sealed interface JoinOutcome {

    record Joined(AudienceState state) implements JoinOutcome {
    }

    record UnknownCode(String message) implements JoinOutcome {
    }

    record SessionClosed(String message) implements JoinOutcome {
    }
}
