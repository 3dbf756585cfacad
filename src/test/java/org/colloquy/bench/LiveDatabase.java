package org.colloquy.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The database a live seminar load runs on: the H2 file in the app's data directory (one node), or an embedded
 * PostgreSQL that every node shares (the postgres profile, decision 0047). The room is prepared on it through the
 * application's own context, the packaged nodes are started on it, and the answers are counted in it afterwards.
 */
final class LiveDatabase implements AutoCloseable {

    /** The key that signs the known-device cookie: the same on every node, as the operations guide asks. */
    static final String DEVICE_KEY = "live-load-device-key-shared-by-every-node";

    private final Path dataDir;
    private final @Nullable EmbeddedPostgres postgres;

    private LiveDatabase(Path dataDir, @Nullable EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    static LiveDatabase h2(Path dataDir) {
        return new LiveDatabase(dataDir, null);
    }

    static LiveDatabase postgres(Path dataDir) throws IOException {
        return new LiveDatabase(dataDir, EmbeddedPostgres.builder().start());
    }

    static LiveDatabase of(boolean postgres, Path dataDir) throws IOException {
        return postgres ? postgres(dataDir) : h2(dataDir);
    }

    boolean isPostgres() {
        return postgres != null;
    }

    String name() {
        return isPostgres() ? "PostgreSQL (embedded)" : "H2";
    }

    /** The H2 directory, or each node's own data directory beside a shared PostgreSQL. */
    Path dataDir() {
        return dataDir;
    }

    private String url() {
        return postgres != null ? postgres.getJdbcUrl("postgres", "postgres")
                : "jdbc:h2:file:" + dataDir.resolve("colloquy").toAbsolutePath();
    }

    private String user() {
        return isPostgres() ? "postgres" : "sa";
    }

    private String password() {
        return isPostgres() ? "postgres" : "";
    }

    /** Spring profiles and settings for an application context in this JVM on this database. */
    List<String> profiles() {
        return isPostgres() ? List.of("postgres") : List.of();
    }

    List<String> contextArguments() {
        return isPostgres() ? List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password()) : List.of();
    }

    /** The environment of a packaged node on this database. */
    Map<String, String> environment() {
        return isPostgres() ? Map.of("SPRING_PROFILES_ACTIVE", "postgres", "COLLOQUY_DB_URL", url(),
                "COLLOQUY_DB_USER", user(), "COLLOQUY_DB_PASSWORD", password(), "COLLOQUY_DEVICE_KEY", DEVICE_KEY)
                : Map.of();
    }

    /** Answers to this prompt of this session, counted in the database itself (H2: once the app has stopped). */
    int storedAnswers(long sessionId, String stepKey) throws SQLException {
        try (Connection db = DriverManager.getConnection(url(), user(), password());
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from seminar_answer where session_id = ? and step_key = ?")) {
            count.setLong(1, sessionId);
            count.setString(2, stepKey);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
