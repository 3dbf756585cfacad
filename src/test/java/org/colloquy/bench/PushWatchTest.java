package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PushWatchTest {

    @Test
    void a_room_of_a_thousand_is_read_from_the_projector_as_the_screen_writes_it_with_a_thousands_comma()
            throws InterruptedException {
        PushWatch projector = new PushWatch(LiveLoadRun.PROJECTOR_COUNT);

        projector.accept("{\"changes\":[{\"value\":\"999 answers\"}]}");
        projector.accept("{\"changes\":[{\"value\":\"1,000 answers · answers closed\"}]}");

        assertThat(projector.lastCount()).isEqualTo(1000);
        assertThat(projector.awaitCount(1000, Duration.ZERO)).isPresent();
    }

    @Test
    void the_presenter_console_count_is_read_with_or_without_grouping() {
        PushWatch console = new PushWatch(LiveLoadRun.PRESENTER_COUNT);

        console.accept("{\"value\":\"Answers (12)\"}");
        assertThat(console.lastCount()).isEqualTo(12);
        console.accept("{\"value\":\"Answers (1,024)\"}");
        assertThat(console.lastCount()).isEqualTo(1024);
    }
}
