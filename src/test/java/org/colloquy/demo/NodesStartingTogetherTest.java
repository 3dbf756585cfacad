package org.colloquy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.Application;
import org.colloquy.EmbeddedPostgresInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes, two JVMs, started at the same moment on an empty PostgreSQL database (decision 0048): one migrates it
 * while the other waits, both come up, and the demo data (its admin included) is created once.
 */
class NodesStartingTogetherTest {

    private static final Duration START_WITHIN = Duration.ofMinutes(5);

    @TempDir
    Path logs;

    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void two_nodes_starting_together_on_an_empty_database_create_the_demo_class_and_its_people_once() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgresInitializer.server();
        String database = "nodes_together_" + System.nanoTime();
        new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + database);

        Path one = start(server.getJdbcUrl("postgres", database), "one");
        Path two = start(server.getJdbcUrl("postgres", database), "two");
        waitUntilStarted(one, nodes.get(0));
        waitUntilStarted(two, nodes.get(1));

        JdbcTemplate jdbc = new JdbcTemplate(server.getDatabase("postgres", database));
        assertThat(jdbc.queryForList("select username from app_user order by username", String.class))
                .containsExactly("admin", "ana", "ben", "chen", "iris");
        assertThat(jdbc.queryForObject("select count(*) from cohort where join_code = 'ESSAY2'", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from response r join app_user u on u.id = r.user_id where u.username = 'ana'""",
                Integer.class)).as("ana's demo answers, written once").isEqualTo(4);
        assertThat(Files.readString(one) + Files.readString(two)).as("one node created them")
                .containsOnlyOnce("Created demo accounts");
    }

    private Path start(String url, String name) throws IOException {
        Path log = logs.resolve(name + ".log");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder node = new ProcessBuilder(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), Application.class.getName(),
                "--spring.profiles.active=test,postgres", "--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--colloquy.data-dir=" + logs.resolve(name + "-data"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        nodes.add(node.start());
        return log;
    }

    /** The tests' class path without its empty entries, which would make Vaadin scan the working directory. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Paths.get(entry).toAbsolutePath().equals(Paths.get("").toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void waitUntilStarted(Path log, Process node) throws Exception {
        Instant giveUp = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(giveUp)) {
            String output = Files.readString(log);
            if (output.contains("Colloquy is ready")) {
                return;
            }
            assertThat(node.isAlive()).as("the node is still starting:\n" + output).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("Not started within " + START_WITHIN + ":\n" + Files.readString(log));
    }
}
