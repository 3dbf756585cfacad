package org.colloquy.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JDK 25's ahead-of-time cache for the packaged app, made the way the Dockerfile makes it: extract the jar into a
 * plain classpath ({@code -Djarmode=tools extract}), then one training run with {@code -XX:AOTCacheOutput} that
 * starts the application, serves its first requests and stops. Later starts with {@code -XX:AOTCache} find the
 * classes already loaded and linked, including those the first requests need.
 */
final class AotCache {

    private AotCache() {
    }

    /** The packaged jar extracted under {@code dir}; returns the application jar to start with {@code -jar}. */
    static Path extract(Path jar, Path dir) throws IOException, InterruptedException {
        run(List.of(RunningApp.javaExecutable(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                "--destination", dir.toAbsolutePath().toString()), dir.getParent(), List.of());
        return dir.resolve(jar.getFileName());
    }

    /**
     * Trains the cache with the options the app will run with, as the Dockerfile does: a start on a fresh database
     * that serves its health check and the sign-in page, then stops (SIGTERM) and writes the cache of everything it
     * loaded. Returns the cache file next to the jar.
     */
    static Path train(Path extractedJar, Path content, List<String> jvmOptions) throws IOException, InterruptedException {
        Path cache = extractedJar.resolveSibling("colloquy.aot");
        Path trainingData = Files.createTempDirectory("colloquy-aot-training-");
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:AOTCacheOutput=" + cache.toAbsolutePath());
        try (RunningApp app = RunningApp.startWith(Map.of(), trainingData, extractedJar, content, options)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String page : List.of("login", "actuator/health")) {
                http.send(HttpRequest.newBuilder(app.base().resolve(page)).build(), HttpResponse.BodyHandlers.discarding());
            }
            app.stop(Duration.ofMinutes(5)); // the JVM writes the cache as it exits
        } finally {
            RunningApp.deleteRecursively(trainingData);
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache at " + cache);
        }
        return cache;
    }

    private static void run(List<String> command, Path dir, List<String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("aot-" + System.nanoTime() + ".log").toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        for (String variable : environment) {
            String[] pair = variable.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(10).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit " + process.exitValue() + ": " + String.join(" ", command)
                    + " (log in " + dir + ")");
        }
    }
}
