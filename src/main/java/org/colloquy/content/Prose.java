package org.colloquy.content;

import java.util.List;
import java.util.stream.Collectors;

/** Author-written plain text: paragraphs, some of them quotations from the reading. */
public record Prose(List<Block> blocks) {

    public Prose {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Plain, Quotation {
        String text();
    }

    public record Plain(String text) implements Block {
    }

    /** Words quoted from the reading, with the id of the paragraph they come from. */
    public record Quotation(String text, String paragraphId) implements Block {

        /**
         * The words between quotation marks. A quotation inside them takes single marks, so that words ending in
         * a quoted word ("not “expediency”") end in ‘expediency’” and not in two closing marks.
         */
        public String quoted() {
            String inner = text.replace('“', '‘').replace('”', '’').replaceAll("\"([^\"]*)\"", "‘$1’");
            return "“" + inner + "”";
        }
    }

    public static Prose of(String text) {
        return new Prose(List.of(new Plain(text)));
    }

    /** The prose as one plain string, quotations in quotation marks, for exports and summaries. */
    public String plainText() {
        return blocks.stream()
                .map(block -> block instanceof Quotation q ? q.quoted() + " [" + q.paragraphId() + "]" : block.text())
                .collect(Collectors.joining("\n\n"));
    }
}
