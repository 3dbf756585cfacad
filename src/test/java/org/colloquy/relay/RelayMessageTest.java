package org.colloquy.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelayMessageTest {

    @Test
    void a_message_travels_with_its_node_and_topic_and_comes_back_whole() {
        RelayMessage sent = new RelayMessage("3f9c0a1b2c4d", "seminar", "42:AnswerReceived:17");

        assertThat(sent.payload()).isEqualTo("3f9c0a1b2c4d seminar 42:AnswerReceived:17");
        assertThat(RelayMessage.parse(sent.payload())).contains(sent);
    }

    @Test
    void a_notification_that_is_not_the_relays_is_dropped() {
        assertThat(RelayMessage.parse("hello")).isEmpty();
        assertThat(RelayMessage.parse("node Not-A-Topic 1")).isEmpty();
    }

    @Test
    void a_message_is_one_short_line_of_ids_never_a_text_someone_typed() {
        assertThatThrownBy(() -> new RelayMessage("n", "seminar", "x".repeat(RelayMessage.LONGEST_MESSAGE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelayMessage("n", "seminar", "two\nlines"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelayMessage("n", "seminar; drop", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
