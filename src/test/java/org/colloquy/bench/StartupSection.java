package org.colloquy.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.colloquy.bench.StartupBenchmark.Start;

/** The start-up benchmark's section of docs/performance.md, in Markdown. */
final class StartupSection {

    static final String NAME = "startup";
    static final double TARGET_SECONDS = 3;

    private StartupSection() {
    }

    static String render(List<Start> starts, MachineInfo machine, String jvmOptions, long cacheBytes,
                         double trainingSeconds, String loadAverage) {
        StringBuilder md = new StringBuilder("## Start-up time to healthy, with and without the AOT cache\n\n");
        md.append("""
                `StartupBenchmark` extracts the packaged jar (`java -Djarmode=tools -jar colloquy.jar extract`), trains \
                JDK 25's ahead-of-time cache with one start on a fresh database that serves its health check and the \
                sign-in page and is then stopped (`-XX:AOTCacheOutput=colloquy.aot`, SIGTERM), then starts the app on an \
                existing H2 database again and again, with `-XX:AOTCache=colloquy.aot` and without, interleaved, \
                JVM options `%s`. Time = from launching `java` until `/actuator/health` answers 200; CPU = user + \
                system time the JVM had used by then (from `/proc`), which other processes on the machine disturb \
                far less than the wall clock. The Dockerfile makes and uses the same cache.

                """.formatted(jvmOptions));
        md.append("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s from the first start to the last. The cache is %d MB "
                .formatted(LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(),
                        loadAverage, cacheBytes >> 20)
                + "and took %.0f s to train.\n\n".formatted(trainingSeconds));
        md.append("| start | time to healthy (median) | min | CPU (median) | runs |\n|:---|---:|---:|---:|---:|\n");
        for (boolean cached : new boolean[] {false, true}) {
            List<Start> these = starts.stream().filter(start -> start.cached() == cached).toList();
            md.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %.1f s | %d |\n",
                    cached ? "with AOT cache" : "without cache", median(these.stream().map(Start::seconds).toList()),
                    these.stream().mapToDouble(Start::seconds).min().orElse(0),
                    median(these.stream().map(Start::cpuSeconds).toList()), these.size()));
        }
        double cachedMedian = median(starts.stream().filter(Start::cached).map(Start::seconds).toList());
        double cachedMin = starts.stream().filter(Start::cached).mapToDouble(Start::seconds).min().orElse(0);
        md.append(String.format(Locale.ROOT, "%n**With the cache: %.1f s to healthy (median; fastest %.1f s) against a "
                        + "target of %.0f s: %s.**%n", cachedMedian, cachedMin, TARGET_SECONDS,
                cachedMedian <= TARGET_SECONDS ? "met" : "not met on this run"));
        return md.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
