package org.colloquy.studio.edit;

import java.util.ArrayList;
import java.util.List;

/** {@code reading.md} in the forms: its title, then its section headings and paragraphs in order. */
public final class ReadingForm {

    public String title = "";
    public final List<Block> blocks = new ArrayList<>();

    /** A {@code ## heading} (no id) or a paragraph {@code {#id} text}. */
    public static final class Block {
        public final boolean heading;
        public final String id;
        public String text;

        public Block(boolean heading, String id, String text) {
            this.heading = heading;
            this.id = id;
            this.text = text;
        }
    }

    public List<Block> paragraphs() {
        return blocks.stream().filter(block -> !block.heading).toList();
    }
}
