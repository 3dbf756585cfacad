package org.colloquy.bench;

import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import org.colloquy.gradebook.Gradebook;
import org.colloquy.gradebook.GradebookFormat;
import org.colloquy.gradebook.GradebookService;
import org.colloquy.review.CohortOverviewService;
import tools.jackson.databind.JsonNode;

/**
 * The gradebook of a class of 300 students × 9 lessons (every prompt answered, lesson progress, rubric scores on a
 * third of the open answers): the service building the rows in process, the Canvas download written in process, and
 * the packaged app's server time to open the gradebook page (service call, the grid of rows, the response) as a
 * signed-in instructor over Vaadin's HTTP protocol. Writes its section of docs/performance.md; the budget for the page
 * is 300 ms.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests package exec:java@gradebook}; {@code bench.students},
 * {@code bench.warmup} and {@code bench.runs} change the size and repetitions.
 */
public final class GradebookBenchmark {

    static final String NAME = "gradebook";
    static final double BUDGET_MS = 300;

    private GradebookBenchmark() {
    }

    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        int students = Integer.getInteger("bench.students", 300);
        int warmup = Integer.getInteger("bench.warmup", 5);
        int runs = Integer.getInteger("bench.runs", 20);
        String load = Files.readString(Path.of("/proc/loadavg")).strip();

        Path work = Files.createTempDirectory("colloquy-gradebook-");
        try {
            Path data = work.resolve("data");
            GeneratedCohort cohort;
            Timing rows;
            Timing canvas;
            Timing overview;
            int lessons;
            try (BenchContext app = BenchContext.start(data, content)) {
                cohort = GenerateScaleData.seminar(app, students);
                System.out.println("Generated " + cohort);
                BenchContext.actAs(GenerateScaleData.INSTRUCTOR, "INSTRUCTOR");
                GradebookService gradebooks = app.bean(GradebookService.class);
                Gradebook gradebook = gradebooks.gradebook(cohort.id());
                lessons = gradebook.lessons().size();
                rows = time("Build the rows (GradebookService.gradebook)", warmup, runs,
                        () -> gradebooks.gradebook(cohort.id()));
                canvas = time("Write the Canvas CSV", warmup, runs,
                        () -> gradebooks.write(cohort.id(), GradebookFormat.CANVAS, OutputStream.nullOutputStream()));
                CohortOverviewService overviews = app.bean(CohortOverviewService.class);
                overview = time("For reference, on the same data and load: the class overview's service", warmup,
                        runs, () -> overviews.overview(cohort.id()));
            }
            Timing page;
            try (RunningApp app = RunningApp.startOn(data, jar, content, DashboardScaleBenchmark.APP_JVM_OPTIONS)) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
                try (http; VaadinClient tab = new VaadinClient(http, app.base(), Duration.ofMinutes(2))) {
                    tab.signIn(GenerateScaleData.INSTRUCTOR, GenerateScaleData.DEMO_PASSWORD);
                    tab.openUi("classes");
                    String route = "classes/" + cohort.id() + "/gradebook";
                    page = time("Open the gradebook page (server)", warmup, runs, () -> {
                        JsonNode reply = tab.navigate(route);
                        if (!reply.toString().contains("gradebook-class-total")) {
                            throw new IllegalStateException("The gradebook page did not open: " + route);
                        }
                    });
                } catch (Exception failure) {
                    app.printLogTail();
                    throw failure;
                }
            }
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
            new PerformanceDoc(report).replaceSection(NAME, render(cohort, lessons, List.of(rows, canvas, page, overview), page,
                    MachineInfo.current(), load + " → " + loadAfter, warmup, runs));
            System.out.println("Written to " + report);
        } finally {
            RunningApp.deleteRecursively(work);
        }
    }

    private static Timing time(String what, int warmup, int runs, Step step) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < warmup + runs; run++) {
            long start = System.nanoTime();
            step.run();
            if (run >= warmup) {
                millis.add(Timing.millisSince(start));
            }
        }
        Timing timing = new Timing(what, millis);
        System.out.printf(Locale.ROOT, "%s: median %.0f ms, p95 %.0f ms%n", what, timing.median(), timing.p95());
        return timing;
    }

    static String render(GeneratedCohort cohort, int lessons, List<Timing> timings, Timing page, MachineInfo machine,
                         String load, int warmup, int runs) {
        StringBuilder text = new StringBuilder();
        text.append("## The gradebook of a class of ").append(cohort.students()).append(" students\n\n");
        text.append("`GradebookBenchmark` generates a class of %,d students × %d lessons (%,d answers, %,d with feedback) "
                .formatted(cohort.students(), lessons, cohort.answers(), cohort.feedback()));
        text.append("into a fresh H2 database, times `GradebookService` in process as the instructor, then starts the "
                + "packaged jar on that database and times opening `classes/<id>/gradebook` over Vaadin's HTTP protocol "
                + "(the server's time to build the rows and the page with its grid, until the response is read). ");
        text.append("%d warm-up runs, then %d measured.\n\n".formatted(warmup, runs));
        text.append("Measured %s on %d cores (%s), %s RAM, %s; load average %s.\n\n".formatted(
                java.time.LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(), load));
        text.append("| what | median | p95 |\n|:---|---:|---:|\n");
        for (Timing timing : timings) {
            text.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms |%n", timing.what(), timing.median(),
                    timing.p95()));
        }
        text.append(String.format(Locale.ROOT, "%n**Opening the gradebook: %.0f ms (median) against a budget of %.0f ms: %s.**%n",
                page.median(), BUDGET_MS, page.median() <= BUDGET_MS ? "pass" : "over budget"));
        text.append("""

                Figures grow with the load of the machine: compare them with the class overview's service, measured in the
                same run (100 ms median on a quiet machine on 2026-11-29, see the dashboard section). The rows are built
                from a fixed number of queries whatever the size of the class (the class's students,
                their lesson progress, their answers with submission times, the class's rubric scores in one join
                fetch, its live sessions and their answers); rerun: `./mvnw -Pbench -DskipTests package exec:java@gradebook`.
                """);
        return text.toString();
    }
}
