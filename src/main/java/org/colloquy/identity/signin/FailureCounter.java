package org.colloquy.identity.signin;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Failed sign-ins per key (an account or an address) under one policy, held in memory. */
final class FailureCounter {

    /** Keeps memory bounded when someone tries a great many names or addresses. */
    private static final int MOST_KEYS = 100_000;

    /** {@code pausedUntil} is the time of the last failure when it caused no pause. */
    private record Failures(int count, Instant pausedUntil) {
    }

    private final LoginThrottlePolicy policy;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    FailureCounter(LoginThrottlePolicy policy) {
        this.policy = policy;
    }

    void recordFailure(String key, Instant now) {
        if (byKey.size() >= MOST_KEYS) {
            forgetQuiet(now);
        }
        byKey.compute(key, (k, before) -> {
            int count = before == null || quiet(before, now) ? 1 : before.count() + 1;
            Instant pausedUntil = count >= policy.limit() ? now.plus(policy.pauseAfter(count - policy.limit())) : now;
            return new Failures(count, pausedUntil);
        });
    }

    void reset(String key) {
        byKey.remove(key);
    }

    Optional<Instant> pausedUntil(String key, Instant now) {
        Failures failures = byKey.get(key);
        return failures == null || !failures.pausedUntil().isAfter(now) ? Optional.empty()
                : Optional.of(failures.pausedUntil());
    }

    int size() {
        return byKey.size();
    }

    /** No failure for a whole window since the last one, or since its pause ended: the count starts again. */
    private boolean quiet(Failures failures, Instant now) {
        return !failures.pausedUntil().plus(policy.window()).isAfter(now);
    }

    private void forgetQuiet(Instant now) {
        for (Iterator<Failures> it = byKey.values().iterator(); it.hasNext(); ) {
            if (quiet(it.next(), now)) {
                it.remove();
            }
        }
        if (byKey.size() >= MOST_KEYS) {
            byKey.clear();
        }
    }
}
