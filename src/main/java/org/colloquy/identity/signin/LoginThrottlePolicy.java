package org.colloquy.identity.signin;

import java.time.Duration;

/**
 * How many failed sign-ins one key (an account, an address, an account at one address, a known device) may have:
 * {@code burst} at once, then one more every {@code oneMoreEvery}. A key that has used its burst is paused until
 * the next one is due. Over an hour a key gets at most {@code burst} plus {@link #sustainedPerHour()} failures.
 */
public record LoginThrottlePolicy(int burst, Duration oneMoreEvery) {

    /** For one account from one address on a device not known for it: the person herself after a few typos. */
    public static LoginThrottlePolicy perAccountAtOneAddress() {
        return new LoginThrottlePolicy(5, Duration.ofMinutes(5));
    }

    /**
     * For one account from all addresses together, devices known for it aside: what guessing from many addresses
     * at once gets.
     */
    public static LoginThrottlePolicy perAccount() {
        return new LoginThrottlePolicy(20, Duration.ofMinutes(5));
    }

    /**
     * For one address over all accounts, devices known for them aside: a school of a few hundred students signs in
     * from one address, and even if each of them mistypes twice in the same hour none of them waits.
     */
    public static LoginThrottlePolicy perAddress(int failuresPerHour) {
        return new LoginThrottlePolicy(failuresPerHour, Duration.ofHours(1).dividedBy(failuresPerHour));
    }

    /** For a device that signed in to the account before: whoever holds it, its owner or a thief, guesses slowly. */
    public static LoginThrottlePolicy perKnownDevice() {
        return new LoginThrottlePolicy(5, Duration.ofMinutes(5));
    }

    public LoginThrottlePolicy {
        if (burst < 1 || !oneMoreEvery.isPositive()) {
            throw new IllegalArgumentException("Invalid login throttle policy");
        }
    }

    public long sustainedPerHour() {
        return Duration.ofHours(1).dividedBy(oneMoreEvery);
    }
}
