package org.colloquy.seminar.audience;

import org.colloquy.base.i18n.Text;

/** The result of a student entering a session's join code. */
public sealed interface JoinOutcome {

    record Joined(AudienceState state) implements JoinOutcome {
    }

    record UnknownCode(Text message) implements JoinOutcome {
    }

    record SessionClosed(Text message) implements JoinOutcome {
    }
}
