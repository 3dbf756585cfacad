package org.colloquy.content.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.colloquy.content.CitedReading;
import org.colloquy.content.Prose;

/**
 * Splits a prose field into paragraphs; a paragraph starting with {@code > } is a quotation that must end
 * with the id of the paragraph it quotes, {@code [p1]}, and whose words must appear in that paragraph.
 */
final class ProseParser {

    private static final Pattern QUOTATION = Pattern.compile("(.*?)\\s*\\[([^\\[\\]]*)]", Pattern.DOTALL);
    private static final int QUOTED_IN_MESSAGES = 60;

    private final SourceFile file;
    private final @Nullable CitedReading reading;

    ProseParser(SourceFile file, @Nullable CitedReading reading) {
        this.file = file;
        this.reading = reading;
    }

    /** The prose of a text node; {@code owner} names the step or option it belongs to in messages. */
    Prose parse(ScalarNode node, String owner) {
        List<Prose.Block> blocks = new ArrayList<>();
        for (var paragraph : paragraphs(node)) {
            if (paragraph.lines().getFirst().startsWith(">")) {
                blocks.add(quotation(paragraph, owner));
            } else {
                blocks.add(new Prose.Plain(String.join(" ", paragraph.lines())));
            }
        }
        return new Prose(blocks);
    }

    private record SourceParagraph(int line, List<String> lines) {
    }

    /**
     * In a literal block ({@code |}) paragraphs are separated by blank lines and lines are exact. In every
     * other style YAML has already folded single line breaks into spaces, so each remaining line break
     * separates paragraphs, and lines are reported from the start of the value.
     */
    private static List<SourceParagraph> paragraphs(ScalarNode node) {
        boolean literal = node.getScalarStyle() == ScalarStyle.LITERAL;
        int firstLine = YamlNodes.line(node) + (literal || node.getScalarStyle() == ScalarStyle.FOLDED ? 1 : 0);
        var lines = node.getValue().split("\n", -1);
        List<SourceParagraph> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int currentLine = firstLine;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (!line.isEmpty() && current.isEmpty()) {
                currentLine = literal ? firstLine + i : firstLine;
            }
            if (!line.isEmpty()) {
                current.add(line);
            }
            if ((line.isEmpty() || !literal) && !current.isEmpty()) {
                paragraphs.add(new SourceParagraph(currentLine, List.copyOf(current)));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(new SourceParagraph(currentLine, List.copyOf(current)));
        }
        return paragraphs;
    }

    private Prose.Block quotation(SourceParagraph paragraph, String owner) {
        var text = String.join(" ", paragraph.lines().stream().map(ProseParser::withoutQuoteMarker).toList());
        var parts = QUOTATION.matcher(text);
        if (!parts.matches()) {
            file.report(paragraph.line(), "quotation in " + owner
                    + " must end with the id of the paragraph it quotes, e.g. [p1]");
            return new Prose.Quotation(text, "");
        }
        var quotation = new Prose.Quotation(parts.group(1).strip(), parts.group(2).strip());
        check(quotation, paragraph.line(), owner);
        return quotation;
    }

    private static String withoutQuoteMarker(String line) {
        return line.startsWith(">") ? line.substring(1).strip() : line;
    }

    private void check(Prose.Quotation quotation, int line, String owner) {
        if (quotation.text().isEmpty()) {
            file.report(line, "quotation in " + owner + " is empty");
            return;
        }
        if (reading == null) {
            return;
        }
        reading.paragraph(quotation.paragraphId()).ifPresentOrElse(
                paragraph -> {
                    QuotationMatcher.mismatch(quotation.text(), paragraph.text()).ifPresent(why ->
                            file.report(line, "quotation \"" + shortened(quotation.text()) + "\" in " + owner
                                    + " is not in paragraph " + paragraph.id() + " of " + reading.fileName() + ": " + why));
                },
                () -> file.report(line, owner + " quotes paragraph \"" + quotation.paragraphId()
                        + "\", which is not in " + reading.fileName()));
    }

    private static String shortened(String text) {
        return text.length() <= QUOTED_IN_MESSAGES ? text : text.substring(0, QUOTED_IN_MESSAGES) + "…";
    }
}
