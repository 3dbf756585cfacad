package org.colloquy.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void a_typed_code_is_compared_without_spaces_dashes_or_invisible_characters() {
        assertThat(JoinCodes.normalise(" es-say\u00002\u202E ")).isEqualTo("ESSAY2");
    }

    @Test
    void a_typed_code_goes_into_an_address_as_letters_and_digits_only() {
        assertThat(JoinCodes.forAddress("\"'><img id=pwn9 src=x/../?#")).isEqualTo("IMGIDPWN9SRCX");
        assertThat(JoinCodes.forAddress("essay2")).isEqualTo("ESSAY2");
    }

    @Test
    void a_message_quotes_at_most_twenty_characters_of_what_was_typed() {
        assertThat(JoinCodes.quotable("x".repeat(1_000_000))).isEqualTo("x".repeat(20) + "…");
        assertThat(JoinCodes.quotable("ab\u0000c")).isEqualTo("abc");
    }
}
