package org.colloquy.identity.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per key under one policy, kept in a {@link FailureLedger}. Each key keeps one instant: when all
 * its failures will have been forgiven, one every {@code oneMoreEvery} (a token bucket kept as its "theoretical
 * arrival time"). A key is paused while more than {@code burst - 1} failures are still unforgiven.
 */
final class FailureCounter {

    /** Longer than any username with any address: longer keys are counted by their start only. */
    static final int LONGEST_KEY = 300;

    private final String name;
    private final LoginThrottlePolicy policy;
    private final FailureLedger ledger;

    FailureCounter(String name, LoginThrottlePolicy policy, FailureLedger ledger) {
        this.name = name;
        this.policy = policy;
        this.ledger = ledger;
    }

    void recordFailure(String key, Instant now) {
        ledger.recordFailure(name, bounded(key), now, policy.oneMoreEvery());
    }

    void reset(String key) {
        ledger.forgive(name, bounded(key));
    }

    Optional<Instant> pausedUntil(String key, Instant now) {
        return ledger.allForgivenAt(name, bounded(key))
                .map(forgiven -> forgiven.minus(policy.oneMoreEvery().multipliedBy(policy.burst() - 1L)))
                .filter(nextAllowed -> nextAllowed.isAfter(now));
    }

    private static String bounded(String key) {
        return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    }
}
