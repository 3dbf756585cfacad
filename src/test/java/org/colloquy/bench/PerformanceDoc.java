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

            Figures measured by the benchmarks in `src/test/java/org/colloquy/bench`. They are not tests and do not
            run in `./mvnw verify`; rerun them all with a JDK 21 or newer in `JAVA_HOME`:

            ```
            ./mvnw -Pbench -DskipTests verify
            ```

            The live seminar load (Gatling, `src/load/java`) has a profile of its own: `./mvnw -Plive-load -DskipTests verify`.

            Each benchmark writes its own section below, with the machine it ran on and the date.
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
