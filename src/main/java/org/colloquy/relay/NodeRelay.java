package org.colloquy.relay;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.security.SecureRandom;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes of this installation what changed here (decision 0047). A feature announces a short message
 * on its topic inside the transaction that made the change; PostgreSQL delivers it to every listening node when that
 * transaction commits, and never when it rolls back. Each node listens on one connection of its own and hands what
 * other nodes announced to the listeners of the topic, on a thread of its own; after its connection was lost it
 * tells every listener that messages may have been missed. On H2 (one node by design, decision 0005) nothing
 * crosses: announcing does nothing and nobody is told anything.
 */
@Component
public class NodeRelay {

    /** The one PostgreSQL channel every node listens on; the topic travels in the payload. */
    static final String CHANNEL = "colloquy_relay";

    private static final Logger log = LoggerFactory.getLogger(NodeRelay.class);
    private static final ResultSetExtractor<@Nullable Void> NOTHING = (ResultSet rows) -> null;

    private final JdbcTemplate jdbc;
    private final String node;
    private final @Nullable NotificationListener listener;
    private final Map<String, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("relay-delivery").daemon().factory());
    private volatile boolean running;

    NodeRelay(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url,
              @Value("${spring.datasource.username:}") String username,
              @Value("${spring.datasource.password:}") String password,
              @Value("${colloquy.relay.check-every:5s}") Duration checkEvery) {
        this.jdbc = jdbc;
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        this.node = HexFormat.of().formatHex(id);
        this.listener = url.startsWith("jdbc:postgresql:")
                ? new NotificationListener(url, username, password, node, checkEvery, this::heard, this::reconnected)
                : null;
    }

    /** Whether other nodes may share this database (PostgreSQL); on H2 there is no other node to tell. */
    public boolean crossesNodes() {
        return listener != null;
    }

    /**
     * Tells every other node {@code message} on {@code topic} once the current transaction commits (at once outside a
     * transaction); a transaction that rolls back tells nothing. The message is one short line of ids and counts.
     */
    public void announce(String topic, String message) {
        RelayMessage relayed = new RelayMessage(node, topic, message);
        if (listener != null) {
            jdbc.query("select pg_notify(?, ?)", NOTHING, CHANNEL, relayed.payload());
        }
    }

    /** Hands {@code listener} what other nodes announce on {@code topic} until the subscription is cancelled. */
    public Subscription listen(String topic, Listener listener) {
        new RelayMessage(node, topic, "");
        listeners.computeIfAbsent(topic, any -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(topic, (any, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** This node's name in what it announces and on its listening connection. */
    String node() {
        return node;
    }

    boolean isListening() {
        return listener != null && listener.isListening();
    }

    private void heard(RelayMessage message) {
        deliver(() -> listeners.getOrDefault(message.topic(), Set.of())
                .forEach(each -> safely(() -> each.heard(message.message()))));
    }

    private void reconnected() {
        deliver(() -> listeners.values().forEach(set -> set.forEach(each -> safely(each::mayHaveMissedSome))));
    }

    private void deliver(Runnable task) {
        if (running) {
            delivery.execute(task);
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException failure) {
            log.warn("A listener of the relay failed", failure);
        }
    }

    @PostConstruct
    void start() {
        running = true;
        if (listener != null) {
            listener.start();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.stop();
        }
        delivery.shutdownNow();
    }

    /** What a feature does with the messages other nodes announce on its topic. */
    public interface Listener {

        /** Another node announced {@code message}, and its transaction has committed. */
        void heard(String message);

        /** The connection to the database was lost for a while: announcements made meanwhile never arrived. */
        void mayHaveMissedSome();
    }

    /** A cancellable subscription to a topic. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
