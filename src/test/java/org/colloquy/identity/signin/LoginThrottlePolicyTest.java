package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    @Test
    void pausesDoubleFromTheFirstAndStopAtTheLongest() {
        LoginThrottlePolicy policy = LoginThrottlePolicy.perAccount();
        assertThat(policy.pauseAfter(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.pauseAfter(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.pauseAfter(4)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.pauseAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aSchoolAddressGetsMoreTriesThanOneAccount() {
        assertThat(LoginThrottlePolicy.perAddress().limit()).isGreaterThan(LoginThrottlePolicy.perAccount().limit());
    }
}
