package org.colloquy.cohort;

import org.colloquy.identity.IssuedLink;

/** What became of a colleague an instructor asked to teach a class with her. */
public sealed interface TeamInvitation {

    /** Someone with an account, now one of the class's teachers. */
    record Added(String displayName) implements TeamInvitation {
    }

    /** Someone new: her account was made, she teaches the class, and this link lets her choose a password. */
    record Invited(String displayName, String email, IssuedLink link) implements TeamInvitation {
    }
}
