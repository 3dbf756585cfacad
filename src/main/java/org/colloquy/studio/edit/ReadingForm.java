package org.colloquy.studio.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code reading.md} in the forms: its title, then its section headings and paragraphs in order. */
public final class ReadingForm {

    private static final Pattern NUMBERED = Pattern.compile("p(\\d+)");

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

    /** Ids of paragraphs removed while editing: a new paragraph never takes one, so no old citation points to it. */
    private final Set<String> retired = new HashSet<>();

    /** An id no paragraph has now or had while editing: {@code p} and one more than the highest number used. */
    public String freshId() {
        int highest = 0;
        List<String> used = new ArrayList<>(retired);
        paragraphs().forEach(block -> used.add(block.id));
        for (String id : used) {
            Matcher numbered = NUMBERED.matcher(id);
            if (numbered.matches() && numbered.group(1).length() < 9) {
                highest = Math.max(highest, Integer.parseInt(numbered.group(1)));
            }
        }
        String id = "p" + (highest + 1);
        for (int n = highest + 2; used.contains(id); n++) {
            id = "p" + n;
        }
        return id;
    }

    /** Puts {@code block} right after {@code after} (at the start when {@code after} is not a block here). */
    public Block insertAfter(Block after, Block block) {
        int at = blocks.indexOf(after);
        blocks.add(at + 1, block);
        return block;
    }

    /** Takes a block out; a paragraph's id is never given again. */
    public void remove(Block block) {
        if (blocks.remove(block) && !block.heading) {
            retired.add(block.id);
        }
    }

    public List<Block> paragraphs() {
        return blocks.stream().filter(block -> !block.heading).toList();
    }
}
