package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureCounterTest {

    private static final Instant NINE = Instant.parse("2026-11-28T09:00:00Z");
    private static final int MOST_KEYS = 100_000;

    private final FailureCounter<String> counter = new FailureCounter<>(LoginThrottlePolicy.perAccountAtOneAddress());

    @Test
    void aFloodOfNamesIsForgottenOnceForgivenWithoutForgettingWhoIsPaused() {
        for (int i = 0; i < 5; i++) {
            counter.recordFailure("ana", NINE);
        }
        for (int i = 0; i < MOST_KEYS - 1; i++) {
            counter.recordFailure("name-" + i, NINE);
        }
        Instant later = NINE.plus(Duration.ofMinutes(6));

        counter.recordFailure("one-more", later);

        assertThat(counter.size()).as("ana and the new name").isEqualTo(2);
        assertThat(counter.pausedUntil("ana", NINE.plus(Duration.ofMinutes(4)))).isPresent();
    }

    @Test
    void whenEveryKeyIsStillCountedOnlyThePausedOnesAreKept() {
        for (int i = 0; i < 5; i++) {
            counter.recordFailure("ana", NINE);
        }
        for (int i = 0; i < MOST_KEYS - 1; i++) {
            counter.recordFailure("name-" + i, NINE);
        }

        counter.recordFailure("one-more", NINE.plusSeconds(1));

        assertThat(counter.size()).isEqualTo(2);
        assertThat(counter.pausedUntil("ana", NINE.plusSeconds(1))).contains(NINE.plus(Duration.ofMinutes(5)));
    }
}
