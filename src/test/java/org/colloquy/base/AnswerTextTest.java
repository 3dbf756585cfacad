package org.colloquy.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void control_characters_are_stripped_but_lines_and_tabs_kept() {
        assertThat(AnswerText.clean("a\u0000b\u0007c\nd\te\u001b")).isEqualTo("abc\nd\te");
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
        assertThat(AnswerText.tooLongMessage(text)).contains("20,012").contains("20,000").contains("by 12")
                .contains("still here");
    }
}
