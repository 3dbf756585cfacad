package org.colloquy.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordCloudTest {

    @Test
    void common_words_are_left_out_and_frequent_words_come_first_and_largest() {
        List<WordCloud.Word> cloud = WordCloud.of(List.of("Energy and trade", "The energy of trade", "energy!"));

        assertThat(cloud).containsExactly(new WordCloud.Word("energy", 3, 5), new WordCloud.Word("trade", 2, 3));
    }

    @Test
    void markup_typed_by_a_student_stays_words_and_no_tag_survives() {
        List<WordCloud.Word> cloud = WordCloud.of(List.of("<script>alert(1)</script> <b>bold</b>"));

        assertThat(cloud).extracting(WordCloud.Word::text).containsExactlyInAnyOrder("script", "alert", "bold")
                .allSatisfy(word -> assertThat(word).doesNotContain("<", ">"));
    }

    @Test
    void when_every_word_appears_once_all_have_the_smallest_size() {
        assertThat(WordCloud.of(List.of("Pipelines grain roubles"))).extracting(WordCloud.Word::size)
                .containsOnly(1);
    }

    @Test
    void no_answers_make_an_empty_cloud() {
        assertThat(WordCloud.of(List.of())).isEmpty();
    }
}
