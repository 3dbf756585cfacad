package org.colloquy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the packaged app runs with, read from {@code src/main/jvm/jvm.options}: the file the Dockerfile
 * hands to {@code java @jvm.options}, so a benchmark measures the JVM that is deployed. Lines starting with
 * {@code #} are comments, as in the launcher's argument files.
 */
final class ServerJvmOptions {

    static final Path FILE = Path.of("src/main/jvm/jvm.options");

    private ServerJvmOptions() {
    }

    static List<String> read() {
        try {
            return parse(Files.readAllLines(FILE));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The server's JVM options are read from " + FILE.toAbsolutePath()
                    + "; run the benchmark from the project's folder", unreadable);
        }
    }

    /** The server's options followed by these. */
    static List<String> with(String... more) {
        List<String> options = new ArrayList<>(read());
        options.addAll(List.of(more));
        return List.copyOf(options);
    }

    static List<String> parse(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.split("\\s+")))
                .toList();
    }
}
