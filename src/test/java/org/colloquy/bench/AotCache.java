package org.colloquy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JDK 25's ahead-of-time cache for the packaged app, made the way the Dockerfile makes it: extract the jar into a
 * plain classpath ({@code -Djarmode=tools extract}), then one training run that starts the application and exits
 * once its context is refreshed ({@code -Dspring.context.exit=onRefresh}) with {@code -XX:AOTCacheOutput}. Later
 * starts with {@code -XX:AOTCache} find the classes already loaded and linked.
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

    /** Trains the cache with the options the app will run with; returns the cache file next to the jar. */
    static Path train(Path extractedJar, Path content, List<String> jvmOptions) throws IOException, InterruptedException {
        Path cache = extractedJar.resolveSibling("colloquy.aot");
        Path trainingData = Files.createTempDirectory("colloquy-aot-training-");
        List<String> command = new ArrayList<>(List.of(RunningApp.javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:AOTCacheOutput=" + cache.toAbsolutePath(), "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toAbsolutePath().toString(), "--server.port=0"));
        run(command, extractedJar.getParent(), List.of("COLLOQUY_DATA_DIR=" + trainingData.toAbsolutePath(),
                "COLLOQUY_CONTENT_DIR=" + content.toAbsolutePath()));
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
