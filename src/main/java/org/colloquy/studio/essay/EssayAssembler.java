package org.colloquy.studio.essay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import org.jspecify.annotations.Nullable;

/**
 * Blocks become an essay. The title proposed is the first heading, or else the first line when it reads like a
 * title (at most {@value #MAX_TITLE} characters, not ending a sentence); the author proposed is a "by …", "Author:",
 * "Автор:" or "作者：" line right after it. Later headings become sections; every other block is a paragraph,
 * numbered from 1 after the title and author lines.
 */
final class EssayAssembler {

    static final int MAX_TITLE = 200;
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:by|written by|author\\s*[:：]|автор\\s*[:：]?|作者\\s*[:：])\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.,;:。，；：-]$");

    private final List<Block> blocks;
    private @Nullable String title;
    private @Nullable String author;

    private EssayAssembler(List<Block> blocks) {
        this.blocks = blocks;
    }

    static Essay assemble(List<Block> blocks, String proposedSource, String fallbackTitle,
            @Nullable String chosenLanguage) {
        return new EssayAssembler(blocks).essay(proposedSource, fallbackTitle, chosenLanguage);
    }

    private Essay essay(String source, String fallbackTitle, @Nullable String chosenLanguage) {
        List<Block> body = new ArrayList<>(blocks);
        takeTitle(body);
        takeAuthor(body);
        List<EssayParagraph> paragraphs = paragraphs(body);
        if (paragraphs.isEmpty()) {
            throw new EssayRefused(EssayRefused.Why.EMPTY);
        }
        String language = chosenLanguage != null ? chosenLanguage
                : EssayLanguage.detect(String.join("\n", paragraphs.stream().map(EssayParagraph::text).toList()));
        String proposedTitle = title != null ? title : fallbackTitle(fallbackTitle, paragraphs);
        return new Essay(proposedTitle, author == null ? "" : author, source, language, paragraphs);
    }

    private void takeTitle(List<Block> body) {
        if (body.isEmpty()) {
            return;
        }
        switch (body.getFirst()) {
            case Block.Heading heading -> {
                title = heading.text();
                body.removeFirst();
            }
            case Block.Lines lines -> {
                String first = LineJoiner.clean(lines.lines().getFirst());
                if (readsLikeATitle(first)) {
                    title = first;
                    body.set(0, new Block.Lines(lines.lines().subList(1, lines.lines().size())));
                }
            }
        }
    }

    private void takeAuthor(List<Block> body) {
        int at = firstLines(body);
        if (at < 0) {
            return;
        }
        var lines = (Block.Lines) body.get(at);
        Matcher byline = AUTHOR.matcher(LineJoiner.clean(lines.lines().getFirst()));
        if (byline.matches() && (title != null) && at <= 1) {
            author = byline.group(1).strip();
            body.set(at, new Block.Lines(lines.lines().subList(1, lines.lines().size())));
        }
    }

    private static int firstLines(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof Block.Lines lines && !lines.lines().isEmpty()) {
                return i;
            }
            if (body.get(i) instanceof Block.Heading) {
                return -1;
            }
        }
        return -1;
    }

    private static List<EssayParagraph> paragraphs(List<Block> body) {
        List<EssayParagraph> paragraphs = new ArrayList<>();
        String section = null;
        for (Block block : body) {
            switch (block) {
                case Block.Heading heading -> section = heading.text();
                case Block.Lines lines -> {
                    String text = LineJoiner.join(lines.lines());
                    if (!text.isEmpty()) {
                        paragraphs.add(new EssayParagraph(paragraphs.size() + 1, section, text));
                    }
                }
            }
        }
        return paragraphs;
    }

    private static boolean readsLikeATitle(String line) {
        return !line.isEmpty() && line.length() <= MAX_TITLE && !ENDS_SENTENCE.matcher(line).matches()
                && !AUTHOR.matcher(line).matches();
    }

    private static String fallbackTitle(String fallback, List<EssayParagraph> paragraphs) {
        if (!fallback.isBlank()) {
            return fallback;
        }
        String first = paragraphs.getFirst().text();
        int end = first.offsetByCodePoints(0, Math.min(first.codePointCount(0, first.length()), 60));
        return end < first.length() ? first.substring(0, end).strip() + "…" : first;
    }
}
