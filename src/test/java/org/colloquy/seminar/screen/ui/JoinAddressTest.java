package org.colloquy.seminar.screen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JoinAddressTest {

    @Test
    void the_address_may_break_after_a_slash_and_never_inside_the_code() {
        assertThat(JoinAddress.pieces("localhost:8080/live/VZKJ2U")).containsExactly("localhost:8080/", "live/", "VZKJ2U");
    }

    @Test
    void a_long_host_name_may_also_break_after_a_dot_but_the_path_only_after_a_slash() {
        assertThat(JoinAddress.pieces("colloquy.school-district.example.edu/seminar/live/AB3DE7"))
                .containsExactly("colloquy.", "school-district.", "example.", "edu/", "seminar/", "live/", "AB3DE7");
        assertThat(JoinAddress.pieces("host/live/v1.2")).containsExactly("host/", "live/", "v1.2");
    }

    @Test
    void the_pieces_together_are_the_address() {
        String address = "127.0.0.1:41234/live/HNTH7Q";
        assertThat(String.join("", JoinAddress.pieces(address))).isEqualTo(address);
    }
}
