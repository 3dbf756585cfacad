package org.colloquy.identity;

/** Whether a set-password link can still be used, and for which account. */
public sealed interface SetupLink {

    record Usable(String username, String displayName) implements SetupLink {
    }

    /** Why the link cannot be used: an unknown, used or expired link. */
    record Unusable(SetPasswordOutcome reason) implements SetupLink {

        public String message() {
            return reason.message();
        }
    }
}
