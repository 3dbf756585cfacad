package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HOME = "203.0.113.7";
    private static final String SCHOOL = "198.51.100.20";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottlePolicy.perAccount(),
            new LoginThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15)));

    @Test
    void fourWrongPasswordsLeaveTheAccountOpen() {
        failTimes("ana", HOME, 4);
        assertThat(throttle.pausedUntil("ana", HOME)).isEmpty();
    }

    @Test
    void theFifthWrongPasswordPausesTheAccountForAMinute() {
        failTimes("ana", HOME, 5);
        assertThat(throttle.pausedUntil("ana", HOME)).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.pausedUntil("ana", SCHOOL)).as("the same account from another address")
                .contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.pausedUntil("ben", SCHOOL)).as("another account from another address").isEmpty();
    }

    @Test
    void thePauseEndsOnTime() {
        failTimes("ana", HOME, 5);
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.pausedUntil("ana", HOME)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.pausedUntil("ana", HOME)).isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesThePauseUpToFifteenMinutes() {
        failTimes("ana", HOME, 5);
        for (Duration expected : new Duration[] {Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(15), Duration.ofMinutes(15)}) {
            clock.advance(Duration.between(clock.instant(), throttle.pausedUntil("ana", HOME).orElseThrow()));
            throttle.failed("ana", HOME);
            assertThat(throttle.pausedUntil("ana", HOME)).contains(clock.instant().plus(expected));
        }
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        failTimes("ana", HOME, 4);
        throttle.succeeded("ana");
        failTimes("ana", HOME, 4);
        assertThat(throttle.pausedUntil("ana", HOME)).isEmpty();
    }

    @Test
    void fifteenQuietMinutesClearTheCount() {
        failTimes("ana", HOME, 4);
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("ana", HOME);
        assertThat(throttle.pausedUntil("ana", HOME)).isEmpty();
    }

    @Test
    void failuresSpreadOverFifteenMinutesStillCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", HOME);
            clock.advance(Duration.ofMinutes(14));
        }
        clock.advance(Duration.ofMinutes(-14));
        assertThat(throttle.pausedUntil("ana", HOME)).isPresent();
    }

    @Test
    void theAccountNameIsCountedWhateverItsCaseAndSpaces() {
        failTimes("Ana", HOME, 2);
        failTimes(" ana ", HOME, 2);
        failTimes("ANA", HOME, 1);
        assertThat(throttle.pausedUntil("ana", HOME)).isPresent();
    }

    @Test
    void guessingAcrossManyAccountsFromOneAddressPausesTheAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("student" + i, HOME);
        }
        assertThat(throttle.pausedUntil("someone-else", HOME)).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.pausedUntil("someone-else", SCHOOL)).as("from another address").isEmpty();
    }

    @Test
    void signingInToOnesOwnAccountDoesNotClearTheAddressCount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("victim" + i, HOME);
        }
        throttle.succeeded("attacker");
        throttle.failed("victim", HOME);
        assertThat(throttle.pausedUntil("attacker", HOME)).isPresent();
    }

    @Test
    void namesOfNoAccountArePausedLikeRealOnes() {
        failTimes("nobody-by-this-name", HOME, 5);
        assertThat(throttle.pausedUntil("nobody-by-this-name", SCHOOL)).isPresent();
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
