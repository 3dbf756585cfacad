package org.colloquy.argument;

/** What a classmate thinks of someone else's reason. */
public enum Stance {
    SUPPORT, CHALLENGE
}
