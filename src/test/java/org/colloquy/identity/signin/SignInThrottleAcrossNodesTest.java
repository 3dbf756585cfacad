package org.colloquy.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.colloquy.EmbeddedPostgresInitializer;
import org.colloquy.identity.signin.LoginThrottleTest.SettableClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes on one database count the same failed sign-ins (decision 0048): each node here is an application
 * context of its own with its own connection pool, on a fresh PostgreSQL database or on one H2 file. A node that
 * restarts remembers the pauses, and two nodes counting one key at the same moment both count.
 */
class SignInThrottleAcrossNodesTest {

    private static final String CAFE = "192.0.2.99";
    private static final String HOME = "203.0.113.7";
    private static final Optional<String> NEW_DEVICE = Optional.empty();

    @TempDir
    Path dataDir;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final List<GenericApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(GenericApplicationContext::close);
    }

    @Test
    void guessesSpreadOverTwoNodesOnPostgresPauseTheAccountOnBoth() {
        String url = freshPostgres();
        guessesSpreadOverTwoNodesPauseTheAccountOnBoth(url);
    }

    @Test
    void guessesSpreadOverTwoNodesOnOneH2FilePauseTheAccountOnBoth() {
        guessesSpreadOverTwoNodesPauseTheAccountOnBoth(h2File());
    }

    @Test
    void aPauseOutlivesARestartOfEveryNode() {
        String url = freshPostgres();
        LoginThrottle before = node(url);
        for (int i = 0; i < 5; i++) {
            before.failed("ana", CAFE, NEW_DEVICE);
        }
        Instant pausedUntil = before.pausedUntil("ana", CAFE, NEW_DEVICE).orElseThrow();
        nodes.forEach(GenericApplicationContext::close);
        nodes.clear();

        LoginThrottle after = node(url);

        assertThat(after.pausedUntil("ana", CAFE, NEW_DEVICE)).contains(pausedUntil);
        clock.advance(Duration.ofMinutes(5));
        assertThat(after.pausedUntil("ana", CAFE, NEW_DEVICE)).as("one more try after five minutes, as before")
                .isEmpty();
    }

    @Test
    void failuresCountedOnTwoNodesAtTheSameMomentAllCount() throws Exception {
        String url = freshPostgres();
        LoginThrottle one = node(url);
        LoginThrottle two = node(url);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LoginThrottle node : List.of(one, two, one, two)) {
                Callable<Void> guesses = () -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        node.failed("ben", "10.0.0." + i, NEW_DEVICE);
                    }
                    return null;
                };
                done.add(threads.submit(guesses));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }

        // 20 failures from everywhere pause the account: had one been lost to a race, it would not be paused
        assertThat(one.pausedUntil("ben", "10.0.0.99", NEW_DEVICE))
                .contains(clock.instant().plus(Duration.ofMinutes(5)));
    }

    private void guessesSpreadOverTwoNodesPauseTheAccountOnBoth(String url) {
        LoginThrottle one = node(url);
        LoginThrottle two = node(url);

        one.failed("ana", CAFE, NEW_DEVICE);
        two.failed("ana", CAFE, NEW_DEVICE);
        one.failed("ana", CAFE, NEW_DEVICE);
        two.failed("ana", CAFE, NEW_DEVICE);
        assertThat(one.pausedUntil("ana", CAFE, NEW_DEVICE)).as("four failures leave the account open").isEmpty();
        two.failed("ana", CAFE, NEW_DEVICE);

        Instant fiveMinutesOn = clock.instant().plus(Duration.ofMinutes(5));
        assertThat(one.pausedUntil("ana", CAFE, NEW_DEVICE)).contains(fiveMinutesOn);
        assertThat(two.pausedUntil("ana", CAFE, NEW_DEVICE)).contains(fiveMinutesOn);
        assertThat(one.pausedUntil("ana", HOME, NEW_DEVICE)).as("the owner at her own address").isEmpty();

        two.succeeded("ana", CAFE, NEW_DEVICE);
        assertThat(one.pausedUntil("ana", CAFE, NEW_DEVICE)).as("forgiven on one node, forgiven on both").isEmpty();
    }

    /** A node: an application context with its own connection pool, its clock, the ledger and the throttle. */
    private LoginThrottle node(String url) {
        GenericApplicationContext node = new GenericApplicationContext();
        node.registerBean(HikariDataSource.class, () -> {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url);
            pool.setUsername(url.startsWith("jdbc:h2") ? "sa" : "postgres");
            pool.setPassword(url.startsWith("jdbc:h2") ? "" : "postgres");
            pool.setMaximumPoolSize(3);
            return pool;
        });
        node.registerBean(Clock.class, () -> clock);
        node.registerBean(DatabaseFailureLedger.class,
                () -> new DatabaseFailureLedger(node.getBean(HikariDataSource.class), clock));
        node.registerBean(LoginThrottle.class,
                () -> new LoginThrottle(clock, node.getBean(FailureLedger.class), 500));
        node.refresh();
        Flyway.configure().dataSource(node.getBean(HikariDataSource.class)).locations("classpath:db/migration")
                .load().migrate();
        nodes.add(node);
        return node.getBean(LoginThrottle.class);
    }

    private static String freshPostgres() {
        EmbeddedPostgres server = EmbeddedPostgresInitializer.server();
        String database = "throttle_nodes_" + System.nanoTime();
        new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + database);
        return server.getJdbcUrl("postgres", database);
    }

    private String h2File() {
        return "jdbc:h2:file:" + dataDir.resolve("shared").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
