package org.colloquy.studio;

/**
 * A question the essay leaves open, found in sentence {@code sentence} (from 1, as a {@code [¶N.S]} citation counts)
 * of paragraph {@code paragraph} (from 1): its exact words, whether it is asked outright or implied, and why it was
 * picked, for the teacher who keeps, merges or drops it.
 */
public record OpenQuestion(int paragraph, int sentence, String text, Kind kind, String reason) {

    public enum Kind {
        /** A sentence that ends with a question mark. */
        EXPLICIT,
        /** A sentence that says something is unsettled ("whether…", "remains to be seen", 是否, "ли"). */
        IMPLIED
    }
}
