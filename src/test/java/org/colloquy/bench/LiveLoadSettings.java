package org.colloquy.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The live seminar load: how many students, over how long they sign in, the quiet gap before the room answers
 * (a heap sample is taken in it), the window in which every student joins and answers once, and the size of the
 * class that rehearses first ({@link LiveRehearsal}); on how many nodes of the packaged app, and on which database
 * (H2 for one node, or an embedded PostgreSQL that every node shares).
 */
record LiveLoadSettings(Path jar, Path content, Path report, int students, Duration signInRamp, Duration quietGap,
                        Duration answerWindow, int rehearsalStudents, int nodes, boolean postgres) {

    LiveLoadSettings {
        if (nodes < 1 || (nodes > 1 && !postgres)) {
            throw new IllegalArgumentException("Nodes share a PostgreSQL database: " + nodes + " nodes on "
                    + (postgres ? "PostgreSQL" : "H2"));
        }
    }

    static LiveLoadSettings fromSystemProperties() {
        int students = Integer.getInteger("live.students", 300);
        // not live.nodes: Maven hands the command line's -Dlive.nodes=2 (which runs both) to every Gatling run
        int nodes = Integer.getInteger("live.nodeCount", 1);
        return new LiveLoadSettings(
                Path.of(System.getProperty("live.jar", "target/colloquy-0.1.0-SNAPSHOT.jar")),
                Path.of(System.getProperty("live.content", "content")),
                Path.of(System.getProperty("live.report", "docs/performance.md")),
                students,
                Duration.ofSeconds(Long.getLong("live.signInSeconds", Math.max(10, students / 8))),
                Duration.ofSeconds(Long.getLong("live.quietSeconds", 10)),
                Duration.ofSeconds(Long.getLong("live.answerWindowSeconds", 20)),
                Integer.getInteger("live.rehearsalStudents", 40),
                nodes,
                nodes > 1 || "postgres".equals(System.getProperty("live.database", "h2")));
    }

    /** The node a student's phone is kept on, as a sticky load balancer spreads new visitors: in turn. */
    int nodeOf(int slot) {
        return slot % nodes;
    }
}
