package org.colloquy.identity.signin;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per key under one policy, held in memory. Each key keeps one instant: when all its failures will
 * have been forgiven, one every {@code oneMoreEvery} (a token bucket kept as its "theoretical arrival time"). A key
 * is paused while more than {@code burst - 1} failures are still unforgiven.
 */
final class FailureCounter<K> {

    /**
     * Keeps memory bounded when someone tries a great many names or addresses: past it, forgiven keys are forgotten,
     * then keys not paused. Paused keys are kept, so a flood of names never lifts a pause.
     */
    private static final int MOST_KEYS = 100_000;

    private final LoginThrottlePolicy policy;
    private final Map<K, Instant> allForgivenAt = new ConcurrentHashMap<>();

    FailureCounter(LoginThrottlePolicy policy) {
        this.policy = policy;
    }

    void recordFailure(K key, Instant now) {
        if (allForgivenAt.size() >= MOST_KEYS) {
            forgetForgiven(now);
        }
        allForgivenAt.merge(key, now.plus(policy.oneMoreEvery()),
                (before, fresh) -> (before.isAfter(now) ? before : now).plus(policy.oneMoreEvery()));
    }

    void reset(K key) {
        allForgivenAt.remove(key);
    }

    Optional<Instant> pausedUntil(K key, Instant now) {
        Instant forgiven = allForgivenAt.get(key);
        if (forgiven == null) {
            return Optional.empty();
        }
        Instant nextAllowed = forgiven.minus(policy.oneMoreEvery().multipliedBy(policy.burst() - 1L));
        return nextAllowed.isAfter(now) ? Optional.of(nextAllowed) : Optional.empty();
    }

    int size() {
        return allForgivenAt.size();
    }

    private void forgetForgiven(Instant now) {
        for (Iterator<Instant> it = allForgivenAt.values().iterator(); it.hasNext(); ) {
            if (!it.next().isAfter(now)) {
                it.remove();
            }
        }
        if (allForgivenAt.size() >= MOST_KEYS) {
            allForgivenAt.keySet().removeIf(key -> pausedUntil(key, now).isEmpty());
        }
    }
}
