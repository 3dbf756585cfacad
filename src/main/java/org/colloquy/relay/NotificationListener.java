package org.colloquy.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's one listening connection, outside the pool (a pooled connection is handed to others and a LISTEN does
 * not survive that), on a daemon thread. It waits for notifications, checks now and then that the connection still
 * works, and after a lost connection opens a new one, listens again and says that messages may have been missed.
 * Its own node's notifications are dropped: that node told its own views already.
 */
final class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long LONGEST_RETRY_MILLIS = 5_000;

    private final String url;
    private final Properties properties = new Properties();
    private final String node;
    private final Duration checkEvery;
    private final Consumer<RelayMessage> onMessage;
    private final Runnable onReconnected;
    private final CountDownLatch firstListen = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Connection connection;
    private @Nullable Thread thread;

    NotificationListener(String url, String username, String password, String node, Duration checkEvery,
                         Consumer<RelayMessage> onMessage, Runnable onReconnected) {
        this.url = url;
        this.node = node;
        this.checkEvery = checkEvery;
        this.onMessage = onMessage;
        this.onReconnected = onReconnected;
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName(node));
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
    }

    /** How the listening connection names itself in {@code pg_stat_activity}. */
    static String applicationName(String node) {
        return "colloquy-relay-" + node;
    }

    /** Starts listening; waits a moment for the first LISTEN, so that a node is listening once it has started. */
    void start() {
        running = true;
        thread = Thread.ofPlatform().name("relay-listener").daemon().start(this::listenUntilStopped);
        try {
            if (!firstListen.await(5, TimeUnit.SECONDS)) {
                log.warn("The relay is not listening yet: changes on other nodes reach this one once it is");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException alreadyGone) {
                // closing anyway
            }
        }
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(2_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isListening() {
        return listening;
    }

    private void listenUntilStopped() {
        boolean missedSome = false;
        long retryMillis = FIRST_RETRY_MILLIS;
        while (running) {
            try (Connection open = DriverManager.getConnection(url, properties)) {
                connection = open;
                try (Statement listen = open.createStatement()) {
                    listen.execute("LISTEN " + NodeRelay.CHANNEL);
                }
                listening = true;
                firstListen.countDown();
                retryMillis = FIRST_RETRY_MILLIS;
                if (missedSome) {
                    log.info("The relay listens again; every live view catches up");
                    onReconnected.run();
                    missedSome = false;
                }
                receive(open);
            } catch (SQLException | RuntimeException lost) {
                listening = false;
                if (running) {
                    missedSome = true;
                    log.warn("The relay lost its connection ({}); connecting again in {} ms", lost.getMessage(),
                            retryMillis);
                    pause(retryMillis);
                    retryMillis = Math.min(retryMillis * 2, LONGEST_RETRY_MILLIS);
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void receive(Connection open) throws SQLException {
        PGConnection postgres = open.unwrap(PGConnection.class);
        int waitMillis = (int) checkEvery.toMillis();
        while (running) {
            PGNotification[] received = postgres.getNotifications(waitMillis);
            if (received == null || received.length == 0) {
                if (!open.isValid(2)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                continue;
            }
            for (PGNotification notification : received) {
                RelayMessage.parse(notification.getParameter())
                        .filter(message -> !message.node().equals(node))
                        .ifPresent(onMessage);
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
