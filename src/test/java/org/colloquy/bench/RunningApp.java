package org.colloquy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The packaged application in its own JVM on a free port, with a fresh or a given H2 database; stopped on close. */
final class RunningApp implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(Long.getLong("bench.startupLimitSeconds", 360));

    private final Process process;
    private final Path workDir;
    private final URI base;

    private RunningApp(Process process, Path workDir, URI base) {
        this.process = process;
        this.workDir = workDir;
        this.base = base;
    }

    static RunningApp start(Path jar, Path contentDir, List<String> jvmOptions) throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("colloquy-bench-");
        return start(jar, contentDir, jvmOptions, workDir, workDir.resolve("data"));
    }

    /** The app on an H2 database already in {@code dataDir}; the directory is left as it is on close. */
    static RunningApp startOn(Path dataDir, Path jar, Path contentDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(jar, contentDir, jvmOptions, Files.createTempDirectory("colloquy-bench-"), dataDir);
    }

    /**
     * The app with extra environment variables (a profile, a database URL) on an H2 directory kept on close, so that
     * a test can start it again on the same data.
     */
    static RunningApp startWith(Map<String, String> environment, Path dataDir, Path jar, Path contentDir,
                                List<String> jvmOptions) throws IOException, InterruptedException {
        return startWith(environment, dataDir, jar, contentDir, jvmOptions, 0);
    }

    /**
     * One of several nodes started side by side: node {@code node} (0, 1, ...) takes {@code bench.port} plus its
     * number when a port is given.
     */
    static RunningApp startWith(Map<String, String> environment, Path dataDir, Path jar, Path contentDir,
                                List<String> jvmOptions, int node) throws IOException, InterruptedException {
        return start(jar, contentDir, jvmOptions, Files.createTempDirectory("colloquy-bench-"), dataDir, environment,
                node);
    }

    private static RunningApp start(Path jar, Path contentDir, List<String> jvmOptions, Path workDir, Path dataDir)
            throws IOException, InterruptedException {
        return start(jar, contentDir, jvmOptions, workDir, dataDir, Map.of(), 0);
    }

    private static RunningApp start(Path jar, Path contentDir, List<String> jvmOptions, Path workDir, Path dataDir,
                                    Map<String, String> environment, int node) throws IOException, InterruptedException {
        int port = freePort(node);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile());
        builder.environment().put("COLLOQUY_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("COLLOQUY_CONTENT_DIR", contentDir.toAbsolutePath().toString());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(environment);
        RunningApp app = new RunningApp(builder.start(), workDir, URI.create("http://localhost:" + port + "/"));
        try {
            app.awaitHealthy();
        } catch (IOException | InterruptedException | RuntimeException failure) {
            app.printLogTail();
            app.close();
            throw failure;
        }
        return app;
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** User plus system CPU time the app's JVM has used so far, from {@code /proc} (Linux). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command name: state is field 3 of the line, utime 14 and stime 15, in clock ticks (100 per second)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    Path log() {
        return workDir.resolve("app.log");
    }

    void printLogTail() {
        try (Stream<String> lines = Files.lines(log())) {
            List<String> all = lines.toList();
            System.err.println("--- last lines of the app log ---");
            all.subList(Math.max(0, all.size() - 40), all.size()).forEach(System.err::println);
        } catch (IOException | UncheckedIOException unreadable) {
            System.err.println("The app log could not be read: " + unreadable.getMessage());
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("actuator/health")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + " while starting; see " + log());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No healthy app within " + STARTUP_LIMIT + "; see " + log());
    }

    /** Ends the JVM at once with SIGKILL, as a power cut or the kernel's OOM killer would: no shutdown hooks run. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The app (pid " + process.pid() + ") did not die within 30 s of SIGKILL");
        }
    }

    /** Stops the app as a service manager does (SIGTERM) and waits up to {@code limit} for its JVM to exit. */
    void stop(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The app did not stop within " + limit);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteRecursively(workDir);
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }

    /**
     * {@code bench.port} (plus the node's number) when given (a machine shared by several people gives each a few
     * ports), else any free port.
     */
    private static int freePort(int node) throws IOException {
        int given = Integer.getInteger("bench.port", 0);
        if (given > 0) {
            return given + node;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
