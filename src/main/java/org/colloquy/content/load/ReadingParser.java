package org.colloquy.content.load;

import org.colloquy.content.ContentKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.colloquy.content.Paragraph;
import org.colloquy.content.Reading;

/**
 * Reads {@code reading.md}: a {@code # Title} first line, optional {@code ## Heading} lines, and
 * blank-line separated paragraphs, each starting with its id, {@code {#p1} Text…}.
 */
final class ReadingParser {

    private static final Pattern PARAGRAPH_START = Pattern.compile("\\{#([^}]*)}(.*)", Pattern.DOTALL);

    private final SourceFile file;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private final List<String> block = new ArrayList<>();
    private int blockLine;
    private @Nullable String title;
    private int titleLine;
    private @Nullable String heading;
    private boolean contentSeen;

    private ReadingParser(SourceFile file) {
        this.file = file;
    }

    /** The reading, holding every well-formed paragraph; empty only if the file cannot be read. */
    static Optional<Reading> parse(SourceFile file) {
        return file.readText().map(text -> new ReadingParser(file).parse(text));
    }

    private Reading parse(String text) {
        var lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            read(lines.get(i), i + 1);
        }
        endParagraph();
        if (title == null) {
            file.report(1, "the reading has no title: its first line must be '# Title'");
        } else if (paragraphs.isEmpty() && idLines.isEmpty()) {
            file.report(titleLine, "the reading has no paragraphs");
        }
        return new Reading(title == null ? "" : title, paragraphs);
    }

    private void read(String line, int lineNumber) {
        if (line.isBlank()) {
            endParagraph();
        } else if (line.startsWith("#")) {
            endParagraph();
            readHeading(line, lineNumber);
        } else {
            if (block.isEmpty()) {
                blockLine = lineNumber;
            } else if (line.startsWith("{#")) {
                file.report(lineNumber, "paragraph " + line.substring(0, line.indexOf('}') + 1)
                        + " must be separated from the one before by a blank line");
            }
            block.add(line.strip());
            contentSeen = true;
        }
    }

    private void readHeading(String line, int lineNumber) {
        if (line.startsWith("# ")) {
            readTitle(line.substring(2).strip(), lineNumber);
        } else if (line.startsWith("## ") && !line.substring(3).isBlank()) {
            heading = line.substring(3).strip();
            contentSeen = true;
        } else {
            file.report(lineNumber, "only '# Title' and '## Heading' lines may start with #");
        }
    }

    private void readTitle(String text, int lineNumber) {
        if (title != null) {
            file.report(lineNumber, "the reading has more than one '# Title' (first at line " + titleLine + ")");
        } else if (contentSeen) {
            file.report(lineNumber, "the title '# " + text + "' must be the first line of the reading");
        } else if (text.isEmpty()) {
            file.report(lineNumber, "the title must not be empty");
        } else {
            title = text;
            titleLine = lineNumber;
        }
        contentSeen = true;
    }

    private void endParagraph() {
        if (block.isEmpty()) {
            return;
        }
        var text = String.join(" ", block);
        block.clear();
        var start = PARAGRAPH_START.matcher(text);
        if (!start.matches()) {
            file.report(blockLine, "text must start with a paragraph id such as {#p1}");
            return;
        }
        addParagraph(start.group(1), start.group(2).strip());
    }

    private void addParagraph(String id, String text) {
        if (!ContentKeys.isValid(id)) {
            file.report(blockLine, "paragraph id \"" + id + "\" is not a valid key: " + ContentKeys.RULE);
            return;
        }
        var firstLine = idLines.putIfAbsent(id, blockLine);
        if (firstLine != null) {
            file.report(blockLine, "duplicate paragraph id \"" + id + "\" (first at line " + firstLine + ")");
        } else if (text.isEmpty()) {
            file.report(blockLine, "paragraph \"" + id + "\" has no text");
        } else {
            paragraphs.add(new Paragraph(id, paragraphs.size() + 1, heading, text));
        }
    }
}
