package org.colloquy.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.colloquy.bench.HeapProbe.HeapSample;

/**
 * Live heap per student session on the lesson view, by the method in STACK.md: the growth of
 * {@code jcmd PID GC.class_histogram}'s total between two numbers of open sessions, divided by the sessions added.
 * Writes its figures to docs/performance.md and fails when they are over budget.
 *
 * <p>Run it with {@code ./mvnw -Pbench -DskipTests verify}; the {@code bench.*} system properties below change
 * what the Maven profile passes.
 */
public final class LessonSessionHeapBenchmark {

    private static final double BUDGET_KIB = 64;
    /** The production JVM options from the Dockerfile, so RSS is comparable to a deployment. */
    private static final List<String> APP_JVM_OPTIONS = ServerJvmOptions.read();
    private static final int PARALLEL_SIGN_INS = 4;

    private LessonSessionHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        List<Integer> sessionCounts = Arrays.stream(System.getProperty("bench.sessions", "100,250,400").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        boolean withPush = Boolean.parseBoolean(System.getProperty("bench.push", "true"));

        SessionHeapResult result = measure(jar, content, sessionCounts, withPush);

        String jvmOptions = String.join(" ", APP_JVM_OPTIONS);
        new PerformanceDoc(report).replaceSection(LessonHeapSection.NAME,
                LessonHeapSection.render(result, MachineInfo.current(), jvmOptions, withPush));
        System.out.printf(Locale.ROOT, "%.1f KiB live heap per session (budget %.0f KiB); written to %s%n",
                result.kibPerSession(), BUDGET_KIB, report);
        if (!result.withinBudget()) {
            OverBudget.enforce(List.of("%.1f KiB per session, budget %.0f KiB"
                    .formatted(result.kibPerSession(), BUDGET_KIB)));
        }
    }

    private static SessionHeapResult measure(Path jar, Path content, List<Integer> sessionCounts, boolean withPush)
            throws Exception {
        try (RunningApp app = RunningApp.start(jar, content, APP_JVM_OPTIONS);
             OpenTabs tabs = new OpenTabs(app.base(), withPush, PARALLEL_SIGN_INS)) {
            System.out.println("App started at " + app.base() + " (pid " + app.pid() + ")");
            HeapProbe probe = new HeapProbe(app.pid());
            List<HeapSample> samples = new ArrayList<>();
            try {
                for (int count : sessionCounts) {
                    long started = System.nanoTime();
                    tabs.openUntil(count);
                    HeapSample sample = probe.sample(tabs.count());
                    samples.add(sample);
                    System.out.printf(Locale.ROOT, "%d sessions open (%.1f s): live heap %.1f MiB, RSS %.1f MiB%n",
                            sample.sessions(), (System.nanoTime() - started) / 1e9,
                            sample.liveBytes() / 1048576.0, sample.rssBytes() / 1048576.0);
                }
            } catch (Exception failure) {
                app.printLogTail();
                throw failure;
            }
            return new SessionHeapResult(samples, BUDGET_KIB);
        }
    }
}
