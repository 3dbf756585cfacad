package org.colloquy.studio.essay;

import java.util.List;

/** A piece of an imported file before it becomes part of an essay: a heading, or the lines of one paragraph. */
sealed interface Block {

    /** A heading; level 0 is a document's own title style, 1 to 6 are heading levels. */
    record Heading(int level, String text) implements Block {
    }

    /** The lines of one paragraph as the file broke them. */
    record Lines(List<String> lines) implements Block {

        public Lines {
            lines = List.copyOf(lines);
        }
    }
}
