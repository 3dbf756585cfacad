package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.colloquy.base.i18n.Text;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private final Reading reading = new Reading("Essay", List.of(
            new Paragraph("p1", 1, null, "First sentence. Second sentence."),
            new Paragraph("p2", 2, null, "Only one here.")));

    @Test
    void a_citation_names_a_paragraph_or_one_of_its_sentences() {
        assertThat(Citations.citations("As [¶1.2] says, and [¶2], and again [¶1.2]."))
                .containsExactly(new Citations.Citation(1, 2), new Citations.Citation(2, null));
        assertThat(Citations.cited("[¶1.2] [¶1] [¶2]")).containsExactly(1, 2);
    }

    @Test
    void a_cited_sentence_resolves_to_its_text() {
        assertThat(Citations.resolve("See [¶1.2] and [¶2].", reading)).satisfiesExactly(
                first -> {
                    assertThat(first.paragraph().id()).isEqualTo("p1");
                    assertThat(first.sentenceText()).isEqualTo("Second sentence.");
                },
                second -> assertThat(second.sentenceText()).isNull());
    }

    @Test
    void citations_of_missing_paragraphs_and_sentences_are_named_with_the_mark_to_fix() {
        assertThat(Citations.problem("See [¶3].", reading).map(Text::english))
                .contains("Your text cites paragraph 3, but the essay has 2 paragraphs. Fix the [¶3] mark.");
        assertThat(Citations.problem("See [¶2.4].", reading).map(Text::english))
                .contains("Your text cites sentence 4 of paragraph 2, but that paragraph has 1 sentence. Fix the [¶2.4] mark.");
        assertThat(Citations.problem("See [¶1.0].", reading)).isPresent();
        assertThat(Citations.problem("See [¶1.2] and [¶2.1].", reading)).isEmpty();
    }

    @Test
    void marks_are_written_as_the_parser_reads_them() {
        Paragraph first = reading.paragraphs().getFirst();
        assertThat(Citations.citations(Citations.mark(first, 2))).containsExactly(new Citations.Citation(1, 2));
        assertThat(Citations.mark(first)).isEqualTo("[¶1]");
    }
}
