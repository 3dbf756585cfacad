package org.colloquy.cohort;

import org.jspecify.annotations.Nullable;

/**
 * One imported student. {@code setPasswordToken} opens her one-time set-password page; it is {@code null} for a
 * student who already chose a password, because a link would let whoever holds it take over an account in use.
 */
public record RosterEntry(String name, String email, Account account, @Nullable String setPasswordToken) {

    /**
     * What the list did with the person's account. An account someone already signs in to is never enrolled by a
     * list: its owner is invited and joins only if she accepts (decision 0032).
     */
    public enum Account { CREATED, EXISTING_AWAITING_PASSWORD, INVITED, ALREADY_IN_CLASS }
}
