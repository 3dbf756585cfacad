package org.colloquy.account;

/** Whether a set-password link can still be used, and for which account. */
public sealed interface SetupLink {

    record Usable(String username, String displayName) implements SetupLink {
    }

    record Unusable(String message) implements SetupLink {
    }
}
