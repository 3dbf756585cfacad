package org.colloquy.identity.signin;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * The throttle's failures in the table {@code sign_in_failure} (V25, decision 0048): every node reads and counts the
 * same failures, and a restart forgets none. A failure is one statement that reads nothing first, so two nodes
 * counting the same key at once both count: on PostgreSQL {@code insert … on conflict do update}, elsewhere (H2, one
 * node only) the standard {@code merge}, tried again when another thread inserted the key first. Rows whose failures
 * are all forgiven are deleted at start-up and after every {@value #FAILURES_BETWEEN_CLEAN_UPS} failures a node counts.
 */
@Component
class DatabaseFailureLedger implements FailureLedger {

    static final int FAILURES_BETWEEN_CLEAN_UPS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(DatabaseFailureLedger.class);

    private static final String ON_POSTGRESQL = """
            insert into sign_in_failure (counter_name, throttle_key, all_forgiven_at) values (?, ?, ? + ?)
            on conflict (counter_name, throttle_key) do update
            set all_forgiven_at = greatest(sign_in_failure.all_forgiven_at, ?) + ?""";

    private static final String STANDARD = """
            merge into sign_in_failure f
            using (select cast(? as varchar(20)) as counter_name, cast(? as varchar(300)) as throttle_key) k
            on f.counter_name = k.counter_name and f.throttle_key = k.throttle_key
            when matched then update set all_forgiven_at = greatest(f.all_forgiven_at, ?) + ?
            when not matched then insert (counter_name, throttle_key, all_forgiven_at)
                values (k.counter_name, k.throttle_key, ? + ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean postgres;
    private final AtomicInteger failuresSinceCleanUp = new AtomicInteger();

    DatabaseFailureLedger(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.postgres = isPostgres(dataSource);
    }

    @Override
    public Optional<Instant> allForgivenAt(String counter, String key) {
        return jdbc.query("select all_forgiven_at from sign_in_failure where counter_name = ? and throttle_key = ?",
                        (row, n) -> Instant.ofEpochMilli(row.getLong(1)), counter, key)
                .stream().findFirst();
    }

    @Override
    public void recordFailure(String counter, String key, Instant now, Duration oneMoreEvery) {
        long at = now.toEpochMilli();
        long step = oneMoreEvery.toMillis();
        if (postgres) {
            jdbc.update(ON_POSTGRESQL, counter, key, at, step, at, step);
        } else {
            try {
                jdbc.update(STANDARD, counter, key, at, step, at, step);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update(STANDARD, counter, key, at, step, at, step);
            }
        }
        if (failuresSinceCleanUp.incrementAndGet() >= FAILURES_BETWEEN_CLEAN_UPS) {
            failuresSinceCleanUp.set(0);
            forgetForgiven(now);
        }
    }

    @Override
    public void forgive(String counter, String key) {
        jdbc.update("delete from sign_in_failure where counter_name = ? and throttle_key = ?", counter, key);
    }

    /** Deletes the rows whose failures are all forgiven: they pause nobody. Paused keys are kept. */
    int forgetForgiven(Instant now) {
        return jdbc.update("delete from sign_in_failure where all_forgiven_at <= ?", now.toEpochMilli());
    }

    @EventListener(ApplicationReadyEvent.class)
    void forgetForgivenAtStartUp() {
        int forgotten = forgetForgiven(clock.instant());
        if (forgotten > 0) {
            log.debug("Forgot {} forgiven sign-in failure keys", forgotten);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (Exception unknown) {
            throw new IllegalStateException("Cannot tell which database holds the sign-in failures", unknown);
        }
    }
}
