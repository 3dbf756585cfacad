package org.colloquy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/performance.md: a short introduction, then one section per benchmark between its own markers. A benchmark
 * replaces only its own section, so the others' figures stay.
 */
final class PerformanceDoc {

    private static final String INTRODUCTION = """
            # Performance

            Figures measured by the benchmarks in `src/test/java/org/colloquy/bench` (and the live seminar load in
            `src/load/java`). They are not tests and do not run in `./mvnw verify`. One command runs them all, one after
            another, and rewrites every figure below with the date, the machine and its load (a JDK 25 in `JAVA_HOME`; about
            30 minutes on 2 idle cores; check `uptime` first, other work on the machine slows every wall-clock figure down):

            ```
            bench/run-all
            ```

            Each benchmark writes its own section between `<!-- name:start -->` and `<!-- name:end -->` markers, so a rerun
            replaces only those; the notes and history tables between the sections stay. One benchmark alone:
            `./mvnw -Pbench -DskipTests package exec:java@ID` with ID `lesson-session-heap`, `role-heap`, `page-weight`,
            `open-questions`, `relay-latency` or `startup`, `./mvnw -Pbench -DskipTests package exec:exec@dashboard-scale`, and the live seminar load with
            `./mvnw -Plive-load -DskipTests verify` (on two nodes, beside one: add `-Dlive.nodes=2`).
            """;

    private final Path file;

    PerformanceDoc(Path file) {
        this.file = file;
    }

    void replaceSection(String name, String body) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String section = start + "\n" + body.strip() + "\n" + end;
        String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : INTRODUCTION;
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        String updated;
        if (from >= 0 && to > from) {
            updated = document.substring(0, from) + section + document.substring(to + end.length());
        } else {
            updated = document.stripTrailing() + "\n\n" + section + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
