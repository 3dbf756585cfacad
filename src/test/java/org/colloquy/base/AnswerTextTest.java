package org.colloquy.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void control_characters_are_stripped_but_lines_and_tabs_kept() {
        assertThat(AnswerText.clean("a\u0000b\u0007c\nd\te\u001b")).isEqualTo("abc\nd\te");
    }

    @Test
    void a_name_stays_on_one_line_without_null_bytes_or_direction_overrides_but_keeps_its_script() {
        assertThat(AnswerText.oneLine("  Ana\u0000 \n Petrova\t ")).isEqualTo("Ana Petrova");
        assertThat(AnswerText.oneLine("evil\u202Egpj.exe \u2067\u0646\u0635\u2069")).isEqualTo("evilgpj.exe \u0646\u0635");
        assertThat(AnswerText.oneLine("\u0645\u0631\u064A\u0645 \u200F<b>")).isEqualTo("\u0645\u0631\u064A\u0645 \u200F<b>");
    }

    @Test
    void windows_and_old_mac_line_ends_become_newlines() {
        assertThat(AnswerText.clean("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void markup_is_kept_as_the_text_it_is() {
        assertThat(AnswerText.clean("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void an_answer_over_the_cap_is_too_long_and_the_message_says_by_how_much() {
        String text = "x".repeat(AnswerText.MAX_LENGTH + 12);
        assertThat(AnswerText.isTooLong(text)).isTrue();
        assertThat(AnswerText.isTooLong("x".repeat(AnswerText.MAX_LENGTH))).isFalse();
        assertThat(AnswerText.tooLong(text).english()).contains("20,012").contains("20,000").contains("by 12")
                .contains("still here");
    }
}
