package org.colloquy.studio.essay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown as blocks: paragraphs are separated by blank lines; in Markdown, {@code #} lines are
 * headings and inline markup (emphasis, links, images, block quote and list markers) is reduced to its words.
 */
final class TextBlocks {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d])([*_])(\\S(?:.*?\\S)?)\\1(?![\\p{L}\\d])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s*(>\\s?)+");

    private TextBlocks() {
    }

    /** Text where any line that starts with {@code # } makes it Markdown (pasted text may be either). */
    static boolean looksLikeMarkdown(String text) {
        return text.lines().anyMatch(line -> HEADING.matcher(line).matches());
    }

    static List<Block> plain(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank()) {
                flush(lines, blocks);
            } else {
                lines.add(line);
            }
        }
        flush(lines, blocks);
        return blocks;
    }

    static List<Block> markdown(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean inFence = false;
        for (String line : text.lines().toList()) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (inFence) {
                lines.add(line);
            } else if (heading.matches()) {
                flush(lines, blocks);
                String words = inline(heading.group(2));
                if (!words.isBlank()) {
                    blocks.add(new Block.Heading(heading.group(1).length(), LineJoiner.clean(words)));
                }
            } else if (line.isBlank() || RULE.matcher(line).matches()) {
                flush(lines, blocks);
            } else {
                lines.add(inline(QUOTE_MARKER.matcher(line).replaceFirst("")));
            }
        }
        flush(lines, blocks);
        return blocks;
    }

    private static String inline(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = CODE.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        return EMPHASIS.matcher(text).replaceAll("$2");
    }

    private static void flush(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Block.Lines(lines));
            lines.clear();
        }
    }
}
