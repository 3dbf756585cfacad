package org.colloquy.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.colloquy.bench.HeapProbe.HeapSample;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Everything around the load of a live seminar except the students themselves (Gatling's virtual users, in
 * {@code LiveSeminarSimulation}): the room prepared in a fresh database, the packaged app started on it (one node, or
 * two nodes on one PostgreSQL with the students spread over them), the
 * leader's projector and console held open with their push connections, the figures the students report, heap
 * samples, and the result once they are done.
 */
final class LiveLoadRun {

    static final String PASSWORD = GenerateScaleData.DEMO_PASSWORD;
    static final List<String> APP_JVM_OPTIONS = DashboardScaleBenchmark.APP_JVM_OPTIONS;
    /** The counts as the screens write them: "1,000 answers", "Answers (1,000)" (English, grouped thousands). */
    static final Pattern PROJECTOR_COUNT = Pattern.compile("\"([\\d,]+) answers?(?:\"| ·)");
    static final Pattern PRESENTER_COUNT = Pattern.compile("\"Answers \\(([\\d,]+)\\)\"");
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(10);

    private final LiveLoadSettings settings;
    private final Path work;
    private final LiveRoom room;
    private final LiveDatabase database;
    /** The nodes of the app; the first (node A) also serves the leader's projector and console. */
    private final List<RunningApp> nodes = new ArrayList<>();
    private final RunningApp app;
    private final HttpClient http;
    private final VaadinClient projector;
    private final VaadinClient presenter;
    private final PushWatch projectorPushes = new PushWatch(PROJECTOR_COUNT);
    private final PushWatch presenterPushes = new PushWatch(PRESENTER_COUNT);
    private final HeapProbe heap;
    private final Timing rehearsal;
    private final HeapSample heapAtStart;
    private volatile HeapSample heapSignedIn;
    /** CPU seconds every node had used when the answering window opened. */
    private volatile double cpuAtWindowStart = Double.NaN;
    private final String loadBefore;
    /** When the room starts answering: set once every student has finished signing in, then a quiet gap. */
    private final CompletableFuture<Long> windowStart = new CompletableFuture<>();
    private final AtomicInteger signInsFinished = new AtomicInteger();
    private volatile long signInStartMillis;
    private volatile long signInMillis;
    private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger signedIn = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicLong lastAcknowledgedMillis = new AtomicLong();
    private final AtomicLong lastAnswerSentMillis = new AtomicLong();
    private final Thread signedInSampler;
    private final List<Sample> slowest = Collections.synchronizedList(new ArrayList<>());

    /** One request of the answering window: when it was sent, which, how long it took. */
    private record Sample(long sentAtMillis, String request, long millis, int node) {
    }

    private LiveLoadRun(LiveLoadSettings settings) throws Exception {
        this.settings = settings;
        this.loadBefore = MachineLoad.now();
        this.work = Files.createTempDirectory("colloquy-live-load-");
        this.database = LiveDatabase.of(settings.postgres(), work.resolve("data"));
        this.room = LiveRoom.prepare(database, settings.content(), settings.students(), settings.rehearsalStudents());
        System.out.println("Room ready on " + database.name() + ": session " + room.sessionId() + ", code "
                + room.joinCode() + ", prompt " + room.stepKey() + ", " + room.usernames().size() + " students");
        // one after the other, as an operator starts them: each node its own port and data folder, one database
        for (int node = 0; node < settings.nodes(); node++) {
            List<String> jvmOptions = new ArrayList<>(APP_JVM_OPTIONS);
            jvmOptions.add("-Xlog:gc:file=" + gcLog(node).toAbsolutePath() + ":uptime");
            Path data = node == 0 ? database.dataDir() : work.resolve("data-" + nodeName(node));
            RunningApp started = RunningApp.startWith(database.environment(), data, settings.jar(), settings.content(),
                    jvmOptions, node);
            nodes.add(started);
            System.out.println("Node " + nodeName(node) + " started at " + started.base() + " (pid " + started.pid() + ")");
        }
        this.app = nodes.getFirst();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.rehearsal = rehearse();
        this.projector = leaderView("seminar/" + room.sessionId() + "/project", projectorPushes);
        this.presenter = leaderView("seminar/" + room.sessionId() + "/present", presenterPushes);
        this.heap = new HeapProbe(app.pid());
        this.heapAtStart = heap.sample(0);
        this.signInStartMillis = System.currentTimeMillis();
        this.signedInSampler = Thread.ofPlatform().name("heap-when-signed-in").start(this::sampleWhenSignedIn);
    }

    /** The first room after start, on its own session with its projector open; its times are the cold figures. */
    private Timing rehearse() throws Exception {
        PushWatch rehearsalProjector = new PushWatch(PROJECTOR_COUNT);
        try (VaadinClient screen = leaderView("seminar/" + room.rehearsal().sessionId() + "/project",
                rehearsalProjector)) {
            List<Double> millis = new ArrayList<>();
            for (int node = 0; node < nodes.size(); node++) {
                int onNode = node;
                List<String> students = IntStream.range(0, room.rehearsal().usernames().size())
                        .filter(slot -> settings.nodeOf(slot) == onNode)
                        .mapToObj(slot -> room.rehearsal().usernames().get(slot)).toList();
                millis.addAll(LiveRehearsal.run(http, nodes.get(node).base(), new LiveRoom.Rehearsal(
                        room.rehearsal().sessionId(), room.rehearsal().joinCode(), students), PASSWORD));
            }
            rehearsalProjector.awaitCount(room.rehearsal().usernames().size(), SETTLE_LIMIT);
            System.out.println("Rehearsal: " + room.rehearsal().usernames().size() + " students answered session "
                    + room.rehearsal().sessionId());
            return new Timing("join and answer, first room after start", millis);
        }
    }

    static LiveLoadRun start(LiveLoadSettings settings) {
        try {
            return new LiveLoadRun(settings);
        } catch (Exception failure) {
            throw new IllegalStateException("The live seminar room could not be set up", failure);
        }
    }

    private VaadinClient leaderView(String route, PushWatch watch) throws IOException, InterruptedException {
        VaadinClient view = new VaadinClient(http, app.base());
        view.signIn(GenerateScaleData.INSTRUCTOR, PASSWORD);
        view.openUi(route);
        view.navigate(route);
        if (!view.serverWantsPush()) {
            throw new IllegalStateException(route + " did not ask for push");
        }
        view.connectPush(watch);
        return view;
    }

    /** Halfway through the quiet gap between signing in and answering, when no request is in flight; then the CPU. */
    private void sampleWhenSignedIn() {
        try {
            long start = windowStart.get();
            Thread.sleep(Math.max(0, start - settings.quietGap().toMillis() / 2 - System.currentTimeMillis()));
            heapSignedIn = heap.sample(signedIn.get());
            Thread.sleep(Math.max(0, start - System.currentTimeMillis()));
            cpuAtWindowStart = nodesCpuSeconds();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | ExecutionException failure) {
            System.err.println("No heap sample after sign-in: " + failure.getMessage());
        }
    }

    private long windowStartMillis() {
        return windowStart.getNow(Long.MAX_VALUE);
    }

    /** The address of the node the student in this slot is kept on, without its last slash. */
    String baseUrl(int slot) {
        return nodes.get(settings.nodeOf(slot)).base().toString().replaceFirst("/$", "");
    }

    /** A, B, ...: how the report names the nodes. */
    static String nodeName(int node) {
        return String.valueOf((char) ('A' + node));
    }

    private Path gcLog(int node) {
        return work.resolve("gc-" + nodeName(node) + ".log");
    }

    LiveRoom room() {
        return room;
    }

    /** Whether every student has finished signing in, so that the answering window is set. */
    boolean windowSet() {
        return windowStart.isDone();
    }

    /** How long the student in this slot waits, once the window is set, before joining: slots spread over it. */
    Duration untilSlot(int slot) {
        long at = windowStartMillis() + settings.answerWindow().toMillis() * slot / settings.students();
        return Duration.ofMillis(Math.max(0, at - System.currentTimeMillis()));
    }

    void signedIn() {
        signedIn.incrementAndGet();
    }

    void answerSent() {
        lastAnswerSentMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }

    void acknowledged() {
        acknowledged.incrementAndGet();
        lastAcknowledgedMillis.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }

    /** One request of the student in this slot: its response time (-1 if none) and whether it succeeded. */
    void record(int slot, String request, long millis, boolean ok) {
        if (millis >= 0 && LiveLoadResult.IN_WINDOW.contains(request)) {
            slowest.add(new Sample(System.currentTimeMillis() - millis, request, millis, settings.nodeOf(slot)));
        }
        if (millis >= 0) {
            latencies.computeIfAbsent(request, name -> Collections.synchronizedList(new ArrayList<>())).add((double) millis);
        }
        if (!ok) {
            errors.computeIfAbsent(request, name -> new AtomicInteger()).incrementAndGet();
        }
        boolean signInOver = request.equals(LiveLoadResult.SIGN_IN) || (request.equals(LiveLoadResult.SIGN_IN_PAGE) && !ok);
        if (signInOver && signInsFinished.incrementAndGet() == settings.students()) {
            signInMillis = System.currentTimeMillis() - signInStartMillis;
            windowStart.complete(System.currentTimeMillis() + settings.quietGap().toMillis());
        }
    }

    /** After the last student: waits for the projector to show every acknowledged answer, stops the app, reports. */
    LiveLoadResult finish() throws Exception {
        try {
            long windowStartMillis = windowStartMillis();
            long windowEnd = Math.max(lastAcknowledgedMillis.get(), System.currentTimeMillis());
            OptionalLong projectorRight = projectorPushes.awaitCount(acknowledged.get(), SETTLE_LIMIT);
            OptionalLong presenterRight = presenterPushes.awaitCount(acknowledged.get(), SETTLE_LIMIT);
            long pushesUntil = Math.max(windowEnd, projectorRight.orElse(windowEnd)) + 1000;
            windowStart.complete(System.currentTimeMillis());
            signedInSampler.join();
            double cpuInWindow = nodesCpuSeconds() - cpuAtWindowStart;
            printSlowest(windowStartMillis);
            Timing warm = warmWindow(windowStartMillis);
            HeapSample heapAtEnd = heap.sample(acknowledged.get());
            String loadAfter = MachineLoad.now();
            projector.close();
            presenter.close();
            http.close();
            nodes.forEach(RunningApp::close);
            int stored = database.storedAnswers(room.sessionId(), room.stepKey());
            return new LiveLoadResult(settings, room.stepKey(), signedIn.get(), acknowledged.get(), stored,
                    timings(), errorCounts(),
                    lagMillis(projectorRight), projectorPushes.lastCount(),
                    lagMillis(presenterRight), presenterPushes.lastCount(),
                    new LiveLoadResult.Pushes(
                            projectorPushes.pushesBetween(windowStartMillis, pushesUntil),
                            projectorPushes.mostPushesInOneSecond(windowStartMillis, pushesUntil),
                            presenterPushes.pushesBetween(windowStartMillis, pushesUntil),
                            presenterPushes.mostPushesInOneSecond(windowStartMillis, pushesUntil),
                            (pushesUntil - windowStartMillis) / 1000.0),
                    heapAtStart, heapSignedIn, heapAtEnd, loadBefore + " → " + loadAfter, signInMillis / 1000.0, warm, rehearsal,
                    windowByNode(), cpuInWindow);
        } finally {
            database.close();
            RunningApp.deleteRecursively(work);
        }
    }

    /** Joining and answering once the window's first seconds, when the live view's code first runs, are over. */
    private Timing warmWindow(long windowStartMillis) {
        long warmFrom = windowStartMillis + LiveLoadResult.COLD_START.toMillis();
        synchronized (slowest) {
            List<Double> millis = slowest.stream().filter(sample -> sample.sentAtMillis() >= warmFrom)
                    .map(sample -> (double) sample.millis()).toList();
            return new Timing("join and answer after the first seconds", millis.isEmpty() ? List.of(Double.NaN) : millis);
        }
    }

    /** User and system CPU time all the nodes have used so far. */
    private double nodesCpuSeconds() throws IOException {
        double seconds = 0;
        for (RunningApp node : nodes) {
            seconds += node.cpuSeconds();
        }
        return seconds;
    }

    /** Joining and answering on each node. */
    private List<Timing> windowByNode() {
        List<Timing> byNode = new ArrayList<>();
        synchronized (slowest) {
            for (int node = 0; node < nodes.size(); node++) {
                int on = node;
                List<Double> millis = slowest.stream().filter(sample -> sample.node() == on)
                        .map(sample -> (double) sample.millis()).toList();
                byNode.add(new Timing("join and answer on node " + nodeName(node),
                        millis.isEmpty() ? List.of(Double.NaN) : millis));
            }
        }
        return byNode;
    }

    /** For finding out why: the slowest requests of the window, and each node's longest GC pauses. */
    private void printSlowest(long windowStartMillis) {
        System.out.println("Slowest requests of the window (seconds after it opened):");
        synchronized (slowest) {
            slowest.stream().sorted(Comparator.comparingLong(Sample::millis).reversed()).limit(20)
                    .forEach(sample -> System.out.printf("  %6.1f s  %5d ms  %s on node %s%n",
                            (sample.sentAtMillis() - windowStartMillis) / 1000.0, sample.millis(), sample.request(),
                            nodeName(sample.node())));
        }
        for (int node = 0; node < nodes.size(); node++) {
            try (var lines = Files.lines(gcLog(node))) {
                System.out.println("GC pauses of 10 ms or more on node " + nodeName(node) + ":");
                lines.filter(line -> line.matches(".*Pause.*\\d+\\.\\d+ms$"))
                        .filter(line -> Double.parseDouble(line.replaceAll(".* (\\d+\\.\\d+)ms$", "$1")) >= 10)
                        .forEach(line -> System.out.println("  " + line));
            } catch (IOException | UncheckedIOException unreadable) {
                System.out.println("No GC log: " + unreadable.getMessage());
            }
        }
    }

    private long lagMillis(OptionalLong reachedAt) {
        return reachedAt.isPresent() ? Math.max(0, reachedAt.getAsLong() - lastAcknowledgedMillis.get()) : -1;
    }

    private List<Timing> timings() {
        List<Timing> timings = new ArrayList<>();
        for (String request : LiveLoadResult.REQUESTS) {
            List<Double> millis = latencies.get(request);
            if (millis != null && !millis.isEmpty()) {
                timings.add(new Timing(request, List.copyOf(millis)));
            }
        }
        return timings;
    }

    private Map<String, Integer> errorCounts() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        errors.forEach((request, count) -> counts.put(request, count.get()));
        return counts;
    }
}
