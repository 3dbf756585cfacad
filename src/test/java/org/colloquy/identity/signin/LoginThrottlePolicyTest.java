package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    @Test
    void oneAccountFromOneAddressGetsFiveTriesThenOneEveryFiveMinutes() {
        LoginThrottlePolicy policy = LoginThrottlePolicy.perAccountAtOneAddress();
        assertThat(policy.burst()).isEqualTo(5);
        assertThat(policy.sustainedPerHour()).isEqualTo(12);
    }

    @Test
    void guessingFromEverywhereGetsAnAccountAtMostTwentyThenTwelveAnHour() {
        LoginThrottlePolicy policy = LoginThrottlePolicy.perAccount();
        assertThat(policy.burst()).isEqualTo(20);
        assertThat(policy.sustainedPerHour()).isEqualTo(12);
    }

    @Test
    void aSchoolAddressTakesAsManyFailuresAnHourAsItIsSizedFor() {
        LoginThrottlePolicy policy = LoginThrottlePolicy.perAddress(500);
        assertThat(policy.burst()).isEqualTo(500);
        assertThat(policy.oneMoreEvery()).isEqualTo(Duration.ofMillis(7_200));
        assertThat(policy.sustainedPerHour()).isEqualTo(500);
    }

    @Test
    void theAccountFromEverywhereIsPausedOnlyAfterTheAccountFromOneAddressWouldBe() {
        assertThat(LoginThrottlePolicy.perAccount().burst())
                .isGreaterThan(LoginThrottlePolicy.perAccountAtOneAddress().burst());
    }
}
