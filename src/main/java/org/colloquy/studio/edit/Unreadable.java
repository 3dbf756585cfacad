package org.colloquy.studio.edit;

/** A file the forms cannot read back without losing something: it stays text, and this says where and why. */
public final class Unreadable extends Exception {

    private final int line;

    Unreadable(int line, String what) {
        super("line " + line + ": " + what);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
