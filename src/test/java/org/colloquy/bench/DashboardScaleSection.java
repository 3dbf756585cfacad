package org.colloquy.bench;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.colloquy.bench.ClassHistogram.ClassShare;
import org.colloquy.bench.DashboardScaleBenchmark.DashboardView;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;

/** The dashboard-scale benchmark's section of docs/performance.md, in Markdown. */
final class DashboardScaleSection {

    static final String NAME = "dashboard-scale";
    private static final int CONTRIBUTORS = 8;

    private DashboardScaleSection() {
    }

    static String render(DashboardScaleResult result, MachineInfo machine, String jvmOptions) {
        GeneratedCohort seminar = result.generated().seminar();
        StringBuilder md = new StringBuilder();
        md.append("## Instructor dashboards and exports at scale\n\n");
        md.append("""
                `DashboardScaleBenchmark` fills a fresh H2 database with `ScaleDataGenerator` (JDBC batches; also a \
                command, `GenerateScaleData`): first a class of %,d students who each answered every one of the \
                course's %d answerable prompts (%,d answers, about one in ten left as a draft, %,d feedback with rubric \
                scores on a third of the submitted open answers, half of it released); later %s on the same course \
                for the export. Each time it starts the packaged jar on that database (default profile, JVM options \
                `%s`) and signs in as the instructor `iris` over Vaadin's HTTP protocol.

                - **Server time to open a view** is the round trip of the UIDL navigation request that makes the \
                server run the view's `beforeEnter`, build its components and answer with them, timed by the client \
                on the same machine: it includes the localhost transfer and the client parsing the JSON, so it is an \
                upper bound of the server's time. One round opens the four views one after another, so each is built \
                afresh; %d warm-up rounds, then %d measured. Beside it, the service call the view makes, timed on \
                the same data inside the benchmark's own JVM (signed in as `iris`). Measured twice: with the class \
                alone in the database (the budget, p95 under %.0f ms, applies here), and again once the export \
                classes are in the database too, as on a site where many classes take the same course.
                - **Exports** are downloaded through the class page's "Export CSV" / "Export JSON" links (a Vaadin \
                `DownloadHandler` streaming from `CohortExportService`), read to the end and counted row by row. \
                Time: the median of 3 downloads read as fast as they arrive. Heap: a fourth download is read at \
                %d MiB/s, like a slow connection, so that the server is mid-export most of the time, while \
                `jcmd PID GC.class_histogram` samples the live heap back to back, each sample after a full GC \
                (not counting `jdk.internal.vm.FillerElement` arrays: unused heap the JVM fills to keep it parsable, \
                several MiB more or less from one GC to the next); *growth* is the highest sample minus the live \
                heap just before the download. The export is flat \
                when its growth at the largest size is within %.0f MiB of its growth at the smallest.

                """.formatted(seminar.students(), seminar.answers() / seminar.students(), seminar.answers(),
                seminar.feedback(), exportClasses(result), jvmOptions, result.warmup(), result.runs(),
                DashboardScaleBenchmark.VIEW_BUDGET_MS, DashboardScaleBenchmark.SAMPLED_BYTES_PER_SECOND >> 20,
                DashboardScaleBenchmark.EXPORT_GROWTH_TOLERANCE_MIB));
        md.append("Rerun: `./mvnw -Pbench -DskipTests verify` (both benchmarks), or this one alone with "
                + "`./mvnw -Pbench -DskipTests package exec:exec@dashboard-scale`; `-Dbench.students=300`, "
                + "`-Dbench.exportRows=15900,100000`, `-Dbench.warmup=5`, `-Dbench.runs=20` change the sizes. To look "
                + "at such a class yourself, `./mvnw -Pbench -DskipTests test-compile exec:exec@scale-data` fills "
                + "`./data` (where `./mvnw spring-boot:run` looks; `-Dbench.dataExportRows=10000` adds an export "
                + "class), then sign in as `iris`.\n\n");
        md.append(("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s while measuring "
                + "the app: other work on the machine slows every figure down.\n\n").formatted(
                LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(),
                result.loadAverage()));

        md.append("### Opening a view, %,d students × %d prompts\n\n".formatted(seminar.students(),
                seminar.answers() / seminar.students()));
        md.append("| view | route | server time, median | p95 | budget (p95) | result | service call, median | p95 "
                + "| with the export classes: server, median | p95 | service, median |\n");
        md.append("|:---|:---|---:|---:|---:|:---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < result.views().size(); i++) {
            DashboardView view = result.views().get(i);
            Timing server = result.alone().server().get(i);
            Timing service = result.alone().service().get(i);
            Timing crowdedServer = result.crowded().server().get(i);
            md.append("| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n".formatted(view.name(),
                    view.route().replaceFirst("classes/\\d+", "classes/{id}"), ms(server.median()), ms(server.p95()),
                    ms(DashboardScaleBenchmark.VIEW_BUDGET_MS),
                    result.viewWithinBudget(server) ? "pass" : "**over budget**", ms(service.median()),
                    ms(service.p95()), ms(crowdedServer.median()), ms(crowdedServer.p95()),
                    ms(result.crowded().service().get(i).median())));
        }
        if (!result.largeOverviews().isEmpty()) {
            md.append("\nFor scale, not budgeted: opening the class page of the export classes once, cold:\n\n");
            md.append("| class | server time |\n|:---|---:|\n");
            for (Timing overview : result.largeOverviews()) {
                md.append("| %s | %s |\n".formatted(overview.what(), ms(overview.median())));
            }
        }

        md.append("\n### Export\n\n");
        md.append("| answers | format | file | time (median of 3) | rows/s | live heap before | peak live during "
                + "| growth | samples | peak RSS |\n");
        md.append("|---:|:---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ExportResult export : result.exports()) {
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %,.0f | %s | %s | %s | %d | %s |\n",
                    export.rows(), export.format().toUpperCase(Locale.ROOT), mib(export.bytes()),
                    ms(export.time().median()), export.rowsPerSecond(), mib(export.liveBytesBefore()),
                    mib(export.peakLiveBytes()), mib(export.liveGrowthBytes()), export.during().size(),
                    mib(export.peakRssBytes())));
        }
        md.append('\n');
        for (String format : result.formats()) {
            List<ExportResult> sizes = result.exports().stream().filter(export -> export.format().equals(format))
                    .sorted(Comparator.comparingInt(ExportResult::rows)).toList();
            md.append(String.format(Locale.ROOT, "**%s: the live heap grew %s at %,d rows and %s at %,d rows "
                            + "(flat: at most %.0f MiB more at the largest size): %s.**%n%n",
                    format.toUpperCase(Locale.ROOT), mib(sizes.getLast().liveGrowthBytes()), sizes.getLast().rows(),
                    mib(sizes.getFirst().liveGrowthBytes()), sizes.getFirst().rows(),
                    DashboardScaleBenchmark.EXPORT_GROWTH_TOLERANCE_MIB,
                    result.exportFlat(format) ? "flat, pass" : "grows, over budget"));
        }
        ExportResult largest = result.exports().stream().max(Comparator.comparingInt(ExportResult::rows)
                .thenComparingLong(ExportResult::liveGrowthBytes)).orElse(null);
        if (largest != null) {
            md.append(String.format(Locale.ROOT, "What grew most from just before the %,d-row %s export to its highest "
                    + "sample (one page of rows, and the class's students, are expected):%n%n", largest.rows(),
                    largest.format().toUpperCase(Locale.ROOT)));
            md.append("| class | instances | KiB |\n|:---|---:|---:|\n");
            for (ClassShare growth : largest.largestGrowth(CONTRIBUTORS)) {
                md.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f |%n", growth.className(), growth.instances(),
                        growth.bytes() / 1024.0));
            }
            md.append('\n');
        }
        List<String> over = result.overBudget();
        md.append(over.isEmpty() ? "**Every view within budget, every export flat.**\n"
                : "**Over budget: " + String.join("; ", over) + ".**\n");
        return md.toString();
    }

    private static String exportClasses(DashboardScaleResult result) {
        List<String> classes = result.generated().exports().stream()
                .map(cohort -> "%,d answers (%,d students)".formatted(cohort.answers(), cohort.students()))
                .toList();
        return classes.isEmpty() ? "no classes" : "classes of " + String.join(" and ", classes);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%.0f ms", millis);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
