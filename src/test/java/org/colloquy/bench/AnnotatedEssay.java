package org.colloquy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.colloquy.studio.Essay;
import org.colloquy.studio.EssayParagraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An essay of the finder benchmark and its open questions as a reader marked them by hand
 * ({@code src/test/resources/bench/open-questions}): {@code LANG-NAME.txt} (title line, author line, then paragraphs
 * separated by blank lines) and {@code LANG-NAME.questions.json} beside it.
 */
record AnnotatedEssay(String name, Essay essay, List<MarkedQuestion> marked) {

    static final Path FOLDER = Path.of("src/test/resources/bench/open-questions");
    /** Essays marked after the finder's rules were last tuned and scored before any change: what it does unseen. */
    static final Path HELD_OUT = Path.of("src/test/resources/bench/open-questions-held-out");

    /** An open question as the reader marked it: its paragraph, words copied from its sentence, and its kind. */
    record MarkedQuestion(int paragraph, String quote, String kind) {
    }

    static List<AnnotatedEssay> all() throws IOException {
        return all(FOLDER);
    }

    static List<AnnotatedEssay> all(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<AnnotatedEssay> essays = new ArrayList<>();
            for (Path text : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                essays.add(read(text));
            }
            return essays;
        }
    }

    static AnnotatedEssay read(Path text) throws IOException {
        String fileName = text.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".txt".length());
        String language = name.substring(0, name.indexOf('-'));
        List<MarkedQuestion> marked = new ArrayList<>();
        for (JsonNode entry : JsonMapper.builder().build().readTree(
                Files.readString(text.resolveSibling(name + ".questions.json"), StandardCharsets.UTF_8))) {
            marked.add(new MarkedQuestion(entry.get("paragraph").asInt(), entry.get("quote").asString(),
                    entry.get("kind").asString()));
        }
        return new AnnotatedEssay(name, essay(Files.readString(text, StandardCharsets.UTF_8), language), marked);
    }

    /** The essay of a text in the benchmark's format, its paragraphs counted from 1 after the title and author. */
    static Essay essay(String text, String language) {
        String[] lines = text.split("\n", 3);
        List<EssayParagraph> paragraphs = new ArrayList<>();
        for (String block : lines[2].split("\n\\s*\n")) {
            if (!block.isBlank()) {
                paragraphs.add(new EssayParagraph(paragraphs.size() + 1, null, block.strip()));
            }
        }
        return new Essay(lines[0].strip(), lines[1].strip(), "", language, paragraphs);
    }
}
