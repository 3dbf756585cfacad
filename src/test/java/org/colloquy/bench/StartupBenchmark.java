package org.colloquy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Time from {@code java -jar} to a healthy app ({@code /actuator/health} answers 200), for the packaged jar with and
 * without JDK 25's AOT cache ({@link AotCache}), on an existing H2 database, the runs interleaved so both meet the
 * same load. Also the CPU time the JVM used until healthy, which depends much less on other processes than the
 * wall-clock time does. Writes its section of docs/performance.md.
 *
 * <p>Run it with {@code ./mvnw -Pbench -DskipTests verify}; {@code -Dbench.startupRuns=5} sets the runs per variant.
 */
public final class StartupBenchmark {

    static final List<String> JVM_OPTIONS = ServerJvmOptions.read();

    private StartupBenchmark() {
    }

    /** One start: wall-clock and CPU seconds until healthy. */
    record Start(boolean cached, double seconds, double cpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        int runs = Integer.getInteger("bench.startupRuns", 5);
        String loadAtStart = MachineLoad.now();

        Path work = Files.createTempDirectory("colloquy-startup-");
        Path extracted = AotCache.extract(jar, work.resolve("app"));
        long trainingStarted = System.nanoTime();
        Path cache = AotCache.train(extracted, content, JVM_OPTIONS);
        double trainingSeconds = (System.nanoTime() - trainingStarted) / 1e9;
        System.out.printf(Locale.ROOT, "AOT cache %s (%d MB) trained in %.1f s%n", cache, Files.size(cache) >> 20,
                trainingSeconds);

        Path data = work.resolve("data");
        start(extracted, content, data, List.of()).close(); // creates and migrates the database once
        List<Start> starts = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (boolean cached : new boolean[] {false, true}) {
                List<String> options = cached ? List.of("-XX:AOTCache=" + cache.toAbsolutePath()) : List.of();
                long started = System.nanoTime();
                try (RunningApp app = start(extracted, content, data, options)) {
                    Start measured = new Start(cached, (System.nanoTime() - started) / 1e9, app.cpuSeconds());
                    System.out.printf(Locale.ROOT, "%s: healthy after %.2f s, %.2f s CPU%n",
                            cached ? "with AOT cache" : "without cache", measured.seconds(), measured.cpuSeconds());
                    starts.add(measured);
                }
            }
        }
        new PerformanceDoc(report).replaceSection(StartupSection.NAME, StartupSection.render(starts,
                MachineInfo.current(), String.join(" ", JVM_OPTIONS), Files.size(cache), trainingSeconds,
                loadAtStart + " → " + MachineLoad.now()));
        System.out.println("Written to " + report);
    }

    private static RunningApp start(Path extracted, Path content, Path data, List<String> cacheOptions)
            throws Exception {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.addAll(cacheOptions);
        return RunningApp.startWith(Map.of(), data, extracted, content, options);
    }
}
