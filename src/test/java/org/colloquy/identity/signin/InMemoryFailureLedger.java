package org.colloquy.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The throttle's failures in a map, for tests of its rules that need no database. */
final class InMemoryFailureLedger implements FailureLedger {

    private final Map<String, Instant> allForgivenAt = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> allForgivenAt(String counter, String key) {
        return Optional.ofNullable(allForgivenAt.get(counter + "\n" + key));
    }

    @Override
    public void recordFailure(String counter, String key, Instant now, Duration oneMoreEvery) {
        allForgivenAt.merge(counter + "\n" + key, now.plus(oneMoreEvery),
                (before, fresh) -> (before.isAfter(now) ? before : now).plus(oneMoreEvery));
    }

    @Override
    public void forgive(String counter, String key) {
        allForgivenAt.remove(counter + "\n" + key);
    }
}
