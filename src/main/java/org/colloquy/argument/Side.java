package org.colloquy.argument;

/** The side of the claim a reason argues; views name it in the reader's language ({@code argument.side.*}). */
public enum Side {
    FOR, AGAINST
}
