package org.colloquy.identity.signin;

import java.time.Duration;

/**
 * How hard repeated failed sign-ins are slowed: after {@code limit} failures without a quiet {@code window} between
 * them, a key (an account or an address) is paused for {@code firstPause}, and every further failure doubles the
 * pause, up to {@code longestPause}.
 */
public record LoginThrottlePolicy(int limit, Duration window, Duration firstPause, Duration longestPause) {

    /** Five wrong passwords for one account, then one minute, two, four, … at most fifteen. */
    public static LoginThrottlePolicy perAccount() {
        return new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    /**
     * A class often signs in from one school address, so an address gets more failures than an account before it
     * is paused.
     */
    public static LoginThrottlePolicy perAddress() {
        return new LoginThrottlePolicy(30, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    public LoginThrottlePolicy {
        if (limit < 1 || window.isNegative() || firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("Invalid login throttle policy");
        }
    }

    /** The pause after the failure that is {@code beyondLimit} failures past the limit (0 for the failure at it). */
    Duration pauseAfter(int beyondLimit) {
        Duration pause = firstPause;
        for (int i = 0; i < beyondLimit && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
