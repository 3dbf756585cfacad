package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code [¶N.S]} citation stored before sentences were split with ICU counted them with the hand-written rules
 * now kept as {@link LegacySentences}: over every paragraph of every shipped course, both must give the same sentences.
 */
class SentencesKeepStoredCitationsTest {

    @Test
    void every_paragraph_of_every_shipped_course_splits_into_the_same_sentences_as_before() throws IOException {
        List<String> paragraphs = shippedParagraphs();
        assertThat(paragraphs).hasSizeGreaterThan(15);
        for (String paragraph : paragraphs) {
            assertThat(Sentences.split(paragraph)).as(paragraph).isEqualTo(LegacySentences.split(paragraph));
        }
    }

    @Test
    void the_shipped_essay_keeps_its_sentence_count_per_paragraph() throws IOException {
        List<String> paragraphs = shippedParagraphs();
        int before = paragraphs.stream().mapToInt(paragraph -> LegacySentences.split(paragraph).size()).sum();
        int now = paragraphs.stream().mapToInt(paragraph -> Sentences.split(paragraph).size()).sum();
        assertThat(now).isEqualTo(before).isGreaterThan(paragraphs.size());
    }

    static List<String> shippedParagraphs() throws IOException {
        try (Stream<Path> readings = Files.list(Path.of("content"))) {
            return readings.map(course -> course.resolve("reading.md")).filter(Files::isRegularFile)
                    .flatMap(SentencesKeepStoredCitationsTest::paragraphs).toList();
        }
    }

    private static Stream<String> paragraphs(Path reading) {
        try {
            return Files.readAllLines(reading).stream().filter(line -> line.startsWith("{#p"))
                    .map(line -> line.substring(line.indexOf('}') + 1).strip());
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
