package org.colloquy.base;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node at a time for what a node does once when it starts: the demo data, the first admin (decision 0048).
 * Nodes that start together on an empty database would otherwise each find no account and each create one. Each
 * such piece of work checks whether it was done and does it while holding this lock, so the second node finds it
 * done. On PostgreSQL the lock is a session advisory lock on a connection of its own, released when the work ends or
 * when the node dies (its connection closes with it); H2 is opened by one process only, so a lock within the JVM
 * is enough there.
 */
public final class StartupLock {

    /** The advisory lock's key: "colloquy" in ASCII. Flyway's own lock uses another key. */
    static final long KEY = 0x636f6c6c6f717579L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final Object IN_THIS_JVM = new Object();

    private StartupLock() {
    }

    /** Runs the work while no other node runs start-up work on this database; waits for one that does. */
    public static void runAlone(DataSource dataSource, Runnable work) {
        synchronized (IN_THIS_JVM) {
            try (Connection connection = dataSource.getConnection()) {
                if (isPostgres(connection)) {
                    holdingAdvisoryLock(connection, work);
                } else {
                    work.run();
                }
            } catch (SQLException unreachable) {
                throw new IllegalStateException("Cannot take the start-up lock in the database", unreachable);
            }
        }
    }

    private static void holdingAdvisoryLock(Connection connection, Runnable work) throws SQLException {
        execute(connection, "select pg_advisory_lock(?)");
        try {
            work.run();
        } finally {
            try {
                execute(connection, "select pg_advisory_unlock(?)");
            } catch (SQLException stillHeld) {
                // a pooled connection must not keep the lock: drop it, which ends its session and the lock
                log.warn("Could not release the start-up lock; closing its connection instead", stillHeld);
                connection.abort(Runnable::run);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        return "PostgreSQL".equalsIgnoreCase(metaData.getDatabaseProductName());
    }
}
