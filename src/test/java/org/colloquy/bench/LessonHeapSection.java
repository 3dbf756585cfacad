package org.colloquy.bench;

import java.time.LocalDate;
import java.util.Locale;
import org.colloquy.bench.ClassHistogram.ClassShare;
import org.colloquy.bench.HeapProbe.HeapSample;

/** The lesson-heap benchmark's section of docs/performance.md, in Markdown. */
final class LessonHeapSection {

    static final String NAME = "lesson-heap";
    private static final int CONTRIBUTORS = 12;

    private LessonHeapSection() {
    }

    static String render(SessionHeapResult result, MachineInfo machine, String jvmOptions, boolean withPush) {
        HeapSample baseline = result.baseline();
        StringBuilder md = new StringBuilder();
        md.append("## Live heap per student session on the lesson view\n\n");
        md.append("""
                `LessonSessionHeapBenchmark` starts the packaged jar (default profile, fresh H2 database, JVM options \
                `%s`) and opens student sessions over Vaadin's HTTP protocol, each with its own cookies: sign in as a \
                demo student, open `%s`, pick step 6 (Respond) from the step dots%s. All sessions stay open while \
                `jcmd PID GC.class_histogram` (a full GC first) counts the live heap. Per session = growth of the live \
                heap since %d sessions / sessions added since, so start-up and one-time costs do not count.

                """.formatted(jvmOptions, LessonTab.LESSON,
                withPush ? ", opening the push websocket when the view asks for one, as a browser does (the lesson view does not)"
                        : ", without a push websocket",
                baseline.sessions()));
        md.append("Rerun: `./mvnw -Pbench -DskipTests verify`; `-Dbench.push=false` leaves out the push websocket, "
                + "`-Dbench.sessions=100,250,400` sets the sample points (the first is the baseline).\n\n");
        md.append("Measured %s on %d cores (%s), %s RAM, %s.\n\n".formatted(
                LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java()));

        md.append("| sessions | live heap | per session (since %d) | budget | result | RSS |\n".formatted(baseline.sessions()));
        md.append("|---:|---:|---:|---:|:---|---:|\n");
        for (HeapSample sample : result.samples()) {
            boolean isBaseline = sample == baseline;
            md.append("| %d | %s | %s | %s | %s | %s |\n".formatted(
                    sample.sessions(),
                    mebibytes(sample.liveBytes()),
                    isBaseline ? "–" : kib(result.kibPerSession(sample)),
                    kib(result.budgetKib()),
                    isBaseline ? "–" : result.withinBudget(sample) ? "pass" : "**over budget**",
                    mebibytes(sample.rssBytes())));
        }
        md.append("\n**%s per session against a budget of %s: %s.**\n\n".formatted(
                kib(result.kibPerSession()), kib(result.budgetKib()),
                result.withinBudget() ? "pass" : "over budget"));

        md.append("Largest growth per added session, %d → %d sessions:\n\n".formatted(
                baseline.sessions(), result.last().sessions()));
        md.append("| class | instances | KiB |\n|:---|---:|---:|\n");
        double added = result.addedSessions();
        for (ClassShare growth : result.largestGrowth(CONTRIBUTORS)) {
            md.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.2f |\n", growth.className(),
                    growth.instances() / added, growth.bytes() / added / 1024));
        }
        return md.toString();
    }

    private static String kib(double kib) {
        return String.format(Locale.ROOT, "%.1f KiB", kib);
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
