package org.colloquy.studio.edit;

/** The lines {@code from} to {@code to} (1-based, inclusive) of a written file, written by one field. */
public record FieldLines(int from, int to, FieldRef field) {

    boolean holds(int line) {
        return from <= line && line <= to;
    }

    int size() {
        return to - from;
    }
}
