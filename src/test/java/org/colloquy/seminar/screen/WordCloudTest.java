package org.colloquy.seminar.screen;

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
    void chinese_answers_are_cut_into_two_character_words_between_particles_and_punctuation() {
        List<WordCloud.Word> cloud = WordCloud.of(List.of("能源合作建立了信任。", "能源和贸易", "贸易是信任的基础"));

        assertThat(cloud).extracting(WordCloud.Word::text)
                .contains("能源", "贸易", "信任", "合作", "基础")
                .allSatisfy(word -> assertThat(word).hasSize(2))
                .doesNotContain("能源合作建立了信任", "了信", "和贸", "任的");
        assertThat(cloud.getFirst()).isEqualTo(new WordCloud.Word("信任", 2, 5));
        assertThat(cloud).extracting(WordCloud.Word::text).containsSubsequence("信任", "合作");
    }

    @Test
    void russian_answers_count_each_word_whatever_its_case_and_leave_out_common_words() {
        List<WordCloud.Word> cloud = WordCloud.of(List.of("Торговля и доверие", "ТОРГОВЛЯ в первую очередь",
                "доверие не сразу, торговля — сразу"));

        assertThat(cloud).startsWith(new WordCloud.Word("торговля", 3, 5), new WordCloud.Word("доверие", 2, 3),
                new WordCloud.Word("сразу", 2, 3));
        assertThat(cloud).extracting(WordCloud.Word::text).doesNotContain("и", "в", "не");
    }

    @Test
    void chinese_and_english_in_one_answer_are_counted_apart() {
        assertThat(WordCloud.of(List.of("AI技术和energy"))).extracting(WordCloud.Word::text)
                .containsExactlyInAnyOrder("ai", "技术", "energy");
    }

    @Test
    void no_answers_make_an_empty_cloud() {
        assertThat(WordCloud.of(List.of())).isEmpty();
    }
}
