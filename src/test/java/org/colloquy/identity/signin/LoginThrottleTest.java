package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The throttle's rules on a clock the test sets; the address limit is made small so that it is quick to reach. */
class LoginThrottleTest {

    private static final String HOME = "203.0.113.7";
    private static final String SCHOOL = "198.51.100.20";
    private static final String CAFE = "192.0.2.99";
    private static final Optional<String> NEW_DEVICE = Optional.empty();
    private static final Optional<String> ANAS_LAPTOP = Optional.of("anas-laptop");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, new InMemoryFailureLedger(),
            LoginThrottlePolicy.perAccountAtOneAddress(),
            LoginThrottlePolicy.perAccount(), LoginThrottlePolicy.perAddress(30), LoginThrottlePolicy.perKnownDevice());

    @Test
    void fourWrongPasswordsLeaveTheAccountOpen() {
        failTimes("ana", HOME, 4);
        assertThat(throttle.pausedUntil("ana", HOME, NEW_DEVICE)).isEmpty();
    }

    @Test
    void theFifthWrongPasswordPausesTheAccountAtThatAddressForFiveMinutes() {
        failTimes("ana", HOME, 5);
        assertThat(throttle.pausedUntil("ana", HOME, NEW_DEVICE)).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(throttle.pausedUntil("ben", HOME, NEW_DEVICE)).as("another account at that address").isEmpty();
    }

    @Test
    void aStrangerGuessingFromHisAddressDoesNotPauseTheOwnerAtHers() {
        failTimes("ana", CAFE, 5);
        assertThat(throttle.pausedUntil("ana", CAFE, NEW_DEVICE)).isPresent();
        assertThat(throttle.pausedUntil("ana", HOME, NEW_DEVICE)).isEmpty();
    }

    @Test
    void aPausedAccountAtOneAddressGetsOneMoreTryEveryFiveMinutes() {
        failTimes("ana", CAFE, 5);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(throttle.pausedUntil("ana", CAFE, NEW_DEVICE)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.pausedUntil("ana", CAFE, NEW_DEVICE)).isEmpty();
        throttle.failed("ana", CAFE, NEW_DEVICE);
        assertThat(throttle.pausedUntil("ana", CAFE, NEW_DEVICE)).contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    @Test
    void guessingFromOneAddressGetsSixteenGuessesAtOneAccountInTheFirstHourAndTwelveInEachAfter() {
        assertThat(guessesWithinAnHour("ana", i -> CAFE)).isEqualTo(5 + 11);
        assertThat(guessesWithinAnHour("ana", i -> CAFE)).isEqualTo(12);
    }

    @Test
    void guessingFromEveryAddressGetsThirtyOneGuessesAtOneAccountInTheFirstHourAndTwelveInEachAfter() {
        assertThat(guessesWithinAnHour("ana", i -> "10.0.0." + i)).isEqualTo(20 + 11);
        assertThat(guessesWithinAnHour("ana", i -> "10.0.1." + i)).isEqualTo(12);
    }

    @Test
    void guessingFromManyAddressesPausesTheAccountForNewDevicesEverywhere() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("ana", "10.0.0." + i, NEW_DEVICE);
        }
        assertThat(throttle.pausedUntil("ana", HOME, NEW_DEVICE)).as("the owner on a new device at home").isPresent();
        assertThat(throttle.pausedUntil("ana", HOME, ANAS_LAPTOP)).as("the owner on her own laptop").isEmpty();
        assertThat(throttle.pausedUntil("ben", HOME, NEW_DEVICE)).as("another account").isEmpty();
    }

    @Test
    void aKnownDeviceSignsInWhileAStrangerAtTheSameSchoolAddressIsPaused() {
        failTimes("ana", SCHOOL, 5);
        assertThat(throttle.pausedUntil("ana", SCHOOL, NEW_DEVICE)).isPresent();
        assertThat(throttle.pausedUntil("ana", SCHOOL, ANAS_LAPTOP)).isEmpty();
    }

    @Test
    void aKnownDevicesOwnWrongPasswordsPauseOnlyThatDevice() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ana", HOME, ANAS_LAPTOP);
        }
        assertThat(throttle.pausedUntil("ana", HOME, ANAS_LAPTOP)).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(throttle.pausedUntil("ana", HOME, NEW_DEVICE)).as("they were not counted against the account")
                .isEmpty();
    }

    @Test
    void manyFailuresFromASchoolAddressPauseItsNewDevicesButNotItsKnownOnes() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("student" + i, SCHOOL, NEW_DEVICE);
        }
        assertThat(throttle.pausedUntil("someone-else", SCHOOL, NEW_DEVICE))
                .contains(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(throttle.pausedUntil("someone-else", HOME, NEW_DEVICE)).as("from another address").isEmpty();
        assertThat(throttle.pausedUntil("ana", SCHOOL, ANAS_LAPTOP)).as("a known device at school").isEmpty();
    }

    @Test
    void aSchoolAddressSizedForThirtyAnHourTakesThirtyTyposSpreadOverTheHourWithoutAPause() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.pausedUntil("student" + i, SCHOOL, NEW_DEVICE)).as("typo " + i).isEmpty();
            throttle.failed("student" + i, SCHOOL, NEW_DEVICE);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(throttle.pausedUntil("one-more", SCHOOL, NEW_DEVICE)).isEmpty();
    }

    @Test
    void signingInForgivesTheAccountAtThatAddress() {
        failTimes("ana", HOME, 4);
        throttle.succeeded("ana", HOME, NEW_DEVICE);
        failTimes("ana", HOME, 4);
        assertThat(throttle.pausedUntil("ana", HOME, NEW_DEVICE)).isEmpty();
    }

    @Test
    void theOwnerSigningInDoesNotBuyAStrangerMoreGuessesFromEverywhere() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("ana", "10.0.0." + i, NEW_DEVICE);
        }
        throttle.succeeded("ana", HOME, ANAS_LAPTOP);
        assertThat(throttle.pausedUntil("ana", "10.0.0.99", NEW_DEVICE)).isPresent();
    }

    @Test
    void signingInToOnesOwnAccountDoesNotClearTheAddressCount() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("victim" + i, CAFE, NEW_DEVICE);
        }
        throttle.succeeded("attacker", CAFE, NEW_DEVICE);
        assertThat(throttle.pausedUntil("attacker", CAFE, NEW_DEVICE)).isPresent();
    }

    @ParameterizedTest(name = "failures as \"{0}\" pause ana")
    @ValueSource(strings = {"ana\u0001", "\u0001ana", " ana ", "\u00A0ana", "ANA", "Ana", "\uFF41\uFF4E\uFF41",
            "ana\u200B"})
    void everyWayOfTypingTheNameCountsAgainstTheSameAccount(String variant) {
        failTimes("ana", CAFE, 4);
        throttle.failed(variant, CAFE, NEW_DEVICE);
        assertThat(throttle.pausedUntil("ana", CAFE, NEW_DEVICE)).isPresent();
        assertThat(throttle.pausedUntil(variant, CAFE, NEW_DEVICE)).isPresent();
        assertThat(throttle.pausedUntil("ana\u0002", CAFE, NEW_DEVICE)).isPresent();
    }

    @Test
    void namesOfNoAccountArePausedLikeRealOnes() {
        failTimes("nobody-by-this-name", HOME, 5);
        assertThat(throttle.pausedUntil("nobody-by-this-name", HOME, NEW_DEVICE)).isPresent();
    }

    @Test
    void namesLongerThanAnyAccountAreCountedTogether() {
        String tooLong = "a".repeat(200);
        failTimes(tooLong + "1", HOME, 3);
        failTimes(tooLong + "2", HOME, 2);
        assertThat(throttle.pausedUntil(tooLong + "3", HOME, NEW_DEVICE)).isPresent();
    }

    /** Guesses at one account, as fast as the throttle lets them, for an hour. */
    private int guessesWithinAnHour(String account, java.util.function.IntFunction<String> addressOfGuess) {
        Instant end = clock.instant().plus(Duration.ofHours(1));
        int guesses = 0;
        while (clock.instant().isBefore(end)) {
            String address = addressOfGuess.apply(guesses);
            Optional<Instant> paused = throttle.pausedUntil(account, address, NEW_DEVICE);
            if (paused.isPresent()) {
                clock.advance(Duration.between(clock.instant(), paused.get()));
            } else {
                throttle.failed(account, address, NEW_DEVICE);
                guesses++;
            }
        }
        return guesses;
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address, NEW_DEVICE);
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
