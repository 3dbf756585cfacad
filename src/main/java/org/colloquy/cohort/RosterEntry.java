package org.colloquy.cohort;

import org.jspecify.annotations.Nullable;

/**
 * One imported student. {@code setPasswordToken} opens her one-time set-password page; it is {@code null} for a
 * student who already chose a password, because a link would
 * let whoever holds it take over an account that is in use.
 */
public record RosterEntry(String name, String email, Account account, @Nullable String setPasswordToken) {

    public enum Account {
        CREATED("New account"),
        EXISTING_AWAITING_PASSWORD("Existing account without a password yet: new link, earlier ones stop working"),
        EXISTING_IN_USE("Existing account: signs in with their own password");

        private final String description;

        Account(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
