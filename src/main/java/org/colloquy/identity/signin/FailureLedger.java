package org.colloquy.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the throttle keeps its failures: per counter and key, the instant when all of the key's failures will have
 * been forgiven. In the database ({@link DatabaseFailureLedger}), so that every node counts the same failures.
 */
interface FailureLedger {

    /** When all of the key's failures will have been forgiven; empty when it has none on record. */
    Optional<Instant> allForgivenAt(String counter, String key);

    /** One more failure: the key's instant becomes the later of it and {@code now}, plus {@code oneMoreEvery}. */
    void recordFailure(String counter, String key, Instant now, Duration oneMoreEvery);

    /** Forgets every failure of the key. */
    void forgive(String counter, String key);
}
