package org.colloquy.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void counts_english_words_separated_by_spaces_and_punctuation() {
        assertThat(WordCount.of("Reform, not revolution: that is the essay's answer.")).isEqualTo(8);
    }

    @Test
    void counts_hyphenated_and_apostrophe_words_once() {
        assertThat(WordCount.of("Sino-Russian relations aren’t expediency")).isEqualTo(4);
    }

    @Test
    void counts_each_chinese_character_as_a_word() {
        assertThat(WordCount.of("中俄关系")).isEqualTo(4);
        assertThat(WordCount.of("SCO 上海合作组织")).isEqualTo(7);
    }

    @Test
    void counts_russian_words_by_spaces() {
        assertThat(WordCount.of("Российско-китайские отношения развиваются")).isEqualTo(3);
    }

    @Test
    void empty_and_blank_text_has_no_words() {
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of("  \n\t ")).isZero();
    }
}
