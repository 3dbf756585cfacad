package org.colloquy.bench;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.colloquy.bench.ExportDownload.Received;
import org.colloquy.bench.GenerateScaleData.Generated;
import org.colloquy.bench.HeapProbe.HeapSample;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import org.colloquy.review.CohortOverviewService;
import org.colloquy.review.LessonInsightsService;
import org.colloquy.review.PassageEngagementService;
import org.colloquy.review.ReviewService;
import tools.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The instructor dashboards and the cohort export at scale. Generates a class of 300 students who answered every
 * prompt, and classes of 10,000 and 100,000 answers, into a fresh H2 database; times the dashboard services in
 * process; then starts the packaged jar on that database and, signed in as the instructor over Vaadin's HTTP
 * protocol, times opening each dashboard view and downloading each export, and samples the live heap during a
 * download. Writes its section of docs/performance.md and fails when over budget.
 *
 * <p>Run with {@code ./mvnw -Pbench -DskipTests verify}; system properties {@code bench.students},
 * {@code bench.exportRows}, {@code bench.warmup} and {@code bench.runs} change the sizes and repetitions.
 */
public final class DashboardScaleBenchmark {

    static final double VIEW_BUDGET_MS = 300;
    /** How much more the live heap may grow during the largest export than during the smallest. */
    static final double EXPORT_GROWTH_TOLERANCE_MIB = 4;
    static final List<String> APP_JVM_OPTIONS = ServerJvmOptions.read();
    private static final int EXPORT_RUNS = 3;
    /** How fast the heap-sampled download is read: slow enough for many samples while the server writes. */
    static final long SAMPLED_BYTES_PER_SECOND = 4L << 20;
    private static final String LESSON = "three-stages";
    /** Opening the class page of the 100,000-answer class takes far longer than a browser would wait. */
    private static final Duration SLOW_VIEW_TIMEOUT = Duration.ofMinutes(5);
    private static final String QUEUE_PROMPT = "three-stages/respond-balance";

    private DashboardScaleBenchmark() {
    }

    /** A dashboard view: its route and a text that only this view sends. */
    record DashboardView(String name, String route, String marker) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        int students = Integer.getInteger("bench.students", 300);
        List<Integer> exportRows = GenerateScaleData.sizes(System.getProperty("bench.exportRows", "10000,100000"));
        int warmup = Integer.getInteger("bench.warmup", 5);
        int runs = Integer.getInteger("bench.runs", 20);

        Path work = Files.createTempDirectory("colloquy-scale-");
        try {
            Path data = work.resolve("data");
            String loadBefore = loadAverage();
            GeneratedCohort seminar;
            List<Timing> serviceAlone;
            try (BenchContext app = BenchContext.start(data, content)) {
                seminar = GenerateScaleData.seminar(app, students);
                System.out.println("Generated " + seminar);
                serviceAlone = serviceTimes(app, seminar.id(), warmup, runs);
            }
            ViewTimes alone = onApp(data, jar, content, tab -> new ViewTimes(
                    viewTimes(tab, seminar.id(), warmup, runs), serviceAlone));
            print("alone", alone);

            List<GeneratedCohort> exportClasses;
            List<Timing> serviceCrowded;
            try (BenchContext app = BenchContext.start(data, content)) {
                exportClasses = GenerateScaleData.exportClasses(app, exportRows);
                System.out.println("Generated " + exportClasses);
                serviceCrowded = serviceTimes(app, seminar.id(), warmup, runs);
            }
            DashboardScaleResult result = onApp(data, jar, content, tab -> {
                ViewTimes crowded = new ViewTimes(viewTimes(tab, seminar.id(), warmup, runs), serviceCrowded);
                print("with the export classes", crowded);
                ExportMeasurements exports = measureExports(tab, exportClasses);
                return new DashboardScaleResult(new Generated(seminar, exportClasses), views(seminar.id()), alone,
                        crowded, exports.largeOverviews(), exports.results(), warmup, runs,
                        loadBefore + " → " + loadAverage());
            });
            new PerformanceDoc(report).replaceSection(DashboardScaleSection.NAME,
                    DashboardScaleSection.render(result, MachineInfo.current(), String.join(" ", APP_JVM_OPTIONS)));
            System.out.println("Written to " + report);
            OverBudget.enforce(result.overBudget());
        } finally {
            deleteRecursively(work);
        }
    }

    /** Server times of the views and the service times behind them, in the order of {@link #views}. */
    record ViewTimes(List<Timing> server, List<Timing> service) {
    }

    private interface OnApp<T> {
        T measure(AppTab tab) throws Exception;
    }

    /** A signed-in instructor's tab on the packaged app, and the app's process id for heap samples. */
    record AppTab(VaadinClient client, long pid) {
    }

    /** Starts the packaged jar on the database, signs the instructor in, measures, and stops the jar. */
    private static <T> T onApp(Path data, Path jar, Path content, OnApp<T> measurement) throws Exception {
        try (RunningApp app = RunningApp.startOn(data, jar, content, APP_JVM_OPTIONS)) {
            System.out.println("App started at " + app.base() + " (pid " + app.pid() + ")");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
            try (http; VaadinClient tab = new VaadinClient(http, app.base(), SLOW_VIEW_TIMEOUT)) {
                tab.signIn(GenerateScaleData.INSTRUCTOR, GenerateScaleData.DEMO_PASSWORD);
                tab.openUi("classes");
                return measurement.measure(new AppTab(tab, app.pid()));
            } catch (Exception failure) {
                app.printLogTail();
                throw failure;
            }
        }
    }

    private static void print(String setting, ViewTimes times) {
        for (int i = 0; i < times.server().size(); i++) {
            System.out.printf(Locale.ROOT, "%s, %s: median %.0f ms, p95 %.0f ms (service call median %.0f ms)%n",
                    times.server().get(i).what(), setting, times.server().get(i).median(), times.server().get(i).p95(),
                    times.service().get(i).median());
        }
    }

    static List<DashboardView> views(long cohortId) {
        return List.of(
                new DashboardView("Cohort overview", "classes/" + cohortId, "progress-matrix"),
                new DashboardView("Per-lesson results", "classes/" + cohortId + "/lessons/" + LESSON, "class results"),
                new DashboardView("Review queue (one prompt)", "classes/" + cohortId + "/review/" + QUEUE_PROMPT,
                        "review-list"),
                new DashboardView("Passage engagement", "classes/" + cohortId + "/passages",
                        "Where the class engages with the essay"));
    }

    /** The service call behind each of {@link #views}, in the same order, timed inside the application's JVM. */
    private static List<Timing> serviceTimes(BenchContext app, long cohortId, int warmup, int runs) {
        BenchContext.actAs(GenerateScaleData.INSTRUCTOR, "INSTRUCTOR");
        List<Runnable> calls = List.of(
                () -> app.bean(CohortOverviewService.class).overview(cohortId),
                () -> app.bean(LessonInsightsService.class).insights(cohortId, LESSON),
                () -> app.bean(ReviewService.class).queue(cohortId, QUEUE_PROMPT),
                () -> app.bean(PassageEngagementService.class).engagement(cohortId));
        List<String> names = views(cohortId).stream().map(DashboardView::name).toList();
        return repeat(names, warmup, runs, i -> calls.get(i).run());
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /** Runs each step in turn, warm-up rounds first, and times every step of the measured rounds. */
    private static List<Timing> repeat(List<String> names, int warmup, int runs, Step step) {
        List<List<Double>> millis = names.stream().map(name -> (List<Double>) new ArrayList<Double>()).toList();
        try {
            for (int run = 0; run < warmup + runs; run++) {
                for (int i = 0; i < names.size(); i++) {
                    long start = System.nanoTime();
                    step.run(i);
                    if (run >= warmup) {
                        millis.get(i).add(Timing.millisSince(start));
                    }
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            timings.add(new Timing(names.get(i), millis.get(i)));
        }
        return timings;
    }

    private static List<Timing> viewTimes(AppTab tab, long cohortId, int warmup, int runs) {
        List<DashboardView> views = views(cohortId);
        return repeat(views.stream().map(DashboardView::name).toList(), warmup, runs,
                i -> navigate(tab.client(), views.get(i).route(), views.get(i).marker()));
    }

    private record ExportMeasurements(List<Timing> largeOverviews, List<ExportResult> results) {
    }

    private static ExportMeasurements measureExports(AppTab tab, List<GeneratedCohort> classes) throws Exception {
        List<ExportResult> exports = new ArrayList<>();
        List<Timing> largeOverviews = new ArrayList<>();
        HeapProbe probe = new HeapProbe(tab.pid());
        for (GeneratedCohort cohort : classes) {
            long start = System.nanoTime();
            navigate(tab.client(), "classes/" + cohort.id(), "progress-matrix");
            largeOverviews.add(new Timing("Cohort overview, %,d students, %,d answers"
                    .formatted(cohort.students(), cohort.answers()), List.of(Timing.millisSince(start))));
            System.out.printf(Locale.ROOT, "%s: %.0f ms%n", largeOverviews.getLast().what(),
                    largeOverviews.getLast().median());
            for (String format : List.of("csv", "json")) {
                exports.add(measureExport(tab.client(), probe, cohort, format));
            }
        }
        return new ExportMeasurements(largeOverviews, exports);
    }

    private static void navigate(VaadinClient tab, String route, String marker) throws Exception {
        JsonNode reply = tab.navigate(route);
        if (!reply.toString().contains(marker)) {
            throw new IllegalStateException("Navigating to " + route + " did not show \"" + marker + "\"");
        }
    }

    private static ExportResult measureExport(VaadinClient tab, HeapProbe probe, GeneratedCohort cohort, String format)
            throws Exception {
        String href = tab.nodes().attribute(tab.nodes().withId("export-" + format), "href");
        List<Double> millis = new ArrayList<>();
        Received received = null;
        for (int run = 0; run < EXPORT_RUNS; run++) {
            long start = System.nanoTime();
            received = download(tab, href, format, ExportDownload.UNLIMITED);
            millis.add(Timing.millisSince(start));
            requireAll(received, cohort, format);
        }
        HeapSample before = probe.sample(0);
        List<HeapSample> during;
        try (LiveHeapSampler sampler = new LiveHeapSampler(probe)) {
            requireAll(download(tab, href, format, SAMPLED_BYTES_PER_SECOND), cohort, format);
            during = sampler.stop();
        }
        ExportResult result = new ExportResult(cohort.answers(), format, received.bytes(),
                new Timing(format + " export of " + cohort.answers(), millis), before, during);
        System.out.printf(Locale.ROOT, "%s, %,d rows: %.0f ms, %.1f MiB, live heap %.1f → peak %.1f MiB (%d samples)%n",
                format, cohort.answers(), result.time().median(), received.bytes() / 1048576.0,
                result.liveBytesBefore() / 1048576.0, result.peakLiveBytes() / 1048576.0, during.size());
        return result;
    }

    private static Received download(VaadinClient tab, String href, String format, long bytesPerSecond)
            throws Exception {
        try (InputStream in = tab.download(href)) {
            return format.equals("csv") ? ExportDownload.csv(in, bytesPerSecond) : ExportDownload.json(in, bytesPerSecond);
        }
    }

    private static void requireAll(Received received, GeneratedCohort cohort, String format) {
        if (!received.complete() || received.rows() != cohort.answers()) {
            throw new IllegalStateException("The %s export of “%s” has %d rows (complete: %s), expected %d"
                    .formatted(format, cohort.name(), received.rows(), received.complete(), cohort.answers()));
        }
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine inflates every figure. */
    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " / " + fields[1] + " / " + fields[2];
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
