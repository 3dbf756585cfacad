package org.colloquy.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class SentencesTest {

    @Test
    void a_paragraph_splits_at_full_stops_question_and_exclamation_marks() {
        assertThat(Sentences.split("It rose. Did it fall? It did!  Then it rose again."))
                .containsExactly("It rose.", "Did it fall?", "It did!", "Then it rose again.");
    }

    @Test
    void abbreviations_with_initials_do_not_end_a_sentence() {
        assertThat(Sentences.split("The U.S. President met Vladimir V. Putin. The talks ended."))
                .containsExactly("The U.S. President met Vladimir V. Putin.", "The talks ended.");
        assertThat(Sentences.split("Other powers, e.g. India, watch. So does the EU."))
                .containsExactly("Other powers, e.g. India, watch.", "So does the EU.");
        assertThat(Sentences.split("See Dr. Li and Mr. Xi on this. They agree."))
                .containsExactly("See Dr. Li and Mr. Xi on this.", "They agree.");
    }

    @Test
    void a_sentence_ending_in_a_quotation_keeps_its_closing_quote() {
        assertThat(Sentences.split("They are not “expediency.” Both have long histories."))
                .containsExactly("They are not “expediency.”", "Both have long histories.");
        assertThat(Sentences.split("Why “rent-seeking”? “Demonized,” say some."))
                .containsExactly("Why “rent-seeking”?", "“Demonized,” say some.");
    }

    @Test
    void a_full_stop_inside_a_number_or_before_a_lower_case_word_does_not_end_a_sentence() {
        assertThat(Sentences.split("Trade grew 3.5 per cent in 2014. It was a record."))
                .containsExactly("Trade grew 3.5 per cent in 2014.", "It was a record.");
        assertThat(Sentences.split("A sentence without an end")).containsExactly("A sentence without an end");
        assertThat(Sentences.split("")).isEmpty();
    }

    @Test
    void the_essays_paragraphs_with_us_abbreviations_split_where_a_reader_would() {
        String p4 = "According to the external international environment, current international political development "
                + "has entered a new era in the wake of the end of the Cold War. During this period, although the United "
                + "States is still today’s most powerful country, yet the U.S.-dominant West can no longer be the lord of "
                + "all it surveyed as before. A diversified power structure and more diversified ideas, concepts will be "
                + "difficult to deter.";
        assertThat(Sentences.split(p4)).hasSize(3).element(1).asString()
                .startsWith("During this period").endsWith("as before.");
        String p16 = "Finally, for China-Russia-U.S. trilateral relationship, there seemingly does not exist a platform. "
                + "How to ensure this set of trilateral relationship not to repeat the tragedy of the Cold War? This may "
                + "be the most critical issue.";
        assertThat(Sentences.split(p16)).hasSize(3).first().asString().contains("China-Russia-U.S. trilateral");
    }

    @Test
    void every_sentence_of_the_course_essay_starts_like_a_sentence_and_ends_like_one() throws IOException {
        var paragraphs = Files.readAllLines(Path.of("content/sino-russian-relations/reading.md"))
                .stream().filter(line -> line.startsWith("{#p")).map(line -> line.substring(line.indexOf('}') + 1).strip())
                .toList();
        assertThat(paragraphs).hasSizeGreaterThan(10);
        for (String paragraph : paragraphs) {
            for (String sentence : Sentences.split(paragraph)) {
                assertThat(sentence).as(sentence).matches("(?s)[\\p{Lu}“\"\\d].*[.?!”\"]");
            }
        }
    }

    @Test
    void a_chinese_paragraph_splits_after_each_full_width_stop_question_and_exclamation_mark() {
        assertThat(Sentences.split("中俄关系处在重要关头。两国能否深化合作？这是关键！“我们还要看。”他说。", "zh"))
                .containsExactly("中俄关系处在重要关头。", "两国能否深化合作？", "这是关键！", "“我们还要看。”", "他说。");
    }

    @Test
    void a_russian_paragraph_splits_at_its_sentences_but_not_after_initials_or_abbreviations() {
        assertThat(Sentences.split("Об этом писал А. С. Пушкин. Решено ли дело? Нет, т. е. ещё не решено.", "ru"))
                .containsExactly("Об этом писал А. С. Пушкин.", "Решено ли дело?", "Нет, т. е. ещё не решено.");
        assertThat(Sentences.split("«Что делать?» — спросил он. Ответа не было.", "ru"))
                .containsExactly("«Что делать?» — спросил он.", "Ответа не было.");
    }

    @Test
    void a_question_mark_before_a_word_in_lower_case_does_not_end_the_sentence() {
        assertThat(Sentences.split("“Why not?” he asked. Nobody answered."))
                .containsExactly("“Why not?” he asked.", "Nobody answered.");
    }

    @Test
    void an_unknown_or_empty_language_splits_like_english() {
        assertThat(Sentences.split("It rose. Did it fall?", "")).containsExactly("It rose.", "Did it fall?");
        assertThat(Sentences.split("It rose. Did it fall?", "xx-YY")).containsExactly("It rose.", "Did it fall?");
    }
}
