package org.colloquy.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colloquy.bench.HeapProbe.HeapSample;
import org.colloquy.bench.ScaleDataGenerator.GeneratedCohort;
import java.time.LocalDate;

/**
 * Live heap per session on the main views of the other roles, by the lesson view's method (growth of
 * {@code jcmd PID GC.class_histogram}'s total over the sessions added): the instructor's class dashboard and review
 * queue on a class of 300 students who answered every prompt, and the seminar leader's projector and presenter
 * console on a running live session. Each view gets its own sessions (a sign-in each, the view opened, its push
 * websocket held when it asks for one); a few are opened first so that one-time costs do not count.
 *
 * <p>Run it with {@code ./mvnw -Pbench -DskipTests verify} ({@code bench/run-all} runs every benchmark);
 * {@code -Dbench.roleSessions=20} sets the sessions measured per view.
 */
public final class RoleViewHeapBenchmark {

    static final String NAME = "role-heap";
    /**
     * The production options, plus soft references cleared at every full GC: otherwise caches held softly (filled
     * by one view) are dropped at some later GC, and the view measured then seems to shrink the heap.
     */
    private static final List<String> APP_JVM_OPTIONS = ServerJvmOptions.with("-XX:SoftRefLRUPolicyMSPerMB=0");
    private static final int WARM_SESSIONS = 3;
    private static final String QUEUE_PROMPT = "three-stages/respond-balance";

    private RoleViewHeapBenchmark() {
    }

    /** A view, the route that opens it, and a text its first answer must carry. */
    record RoleView(String role, String name, String route, String marker) {
    }

    /** What one view measured. */
    record ViewHeap(RoleView view, HeapSample before, HeapSample after, boolean push) {

        double kibPerSession() {
            return (after.liveBytes() - before.liveBytes()) / (double) (after.sessions() - before.sessions()) / 1024;
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        int students = Integer.getInteger("bench.students", 300);
        int sessions = Integer.getInteger("bench.roleSessions", 20);
        String loadBefore = MachineLoad.now();

        Path work = Files.createTempDirectory("colloquy-role-heap-");
        Path data = work.resolve("data");
        GeneratedCohort cohort;
        try (BenchContext app = BenchContext.start(data, content)) {
            cohort = GenerateScaleData.seminar(app, students);
        }
        LiveRoom room = LiveRoom.prepare(data, content, 30);
        List<RoleView> views = List.of(
                new RoleView("Instructor", "Class dashboard (" + students + " students)", "classes/" + cohort.id(),
                        "progress-matrix"),
                new RoleView("Instructor", "Review queue (one prompt, " + students + " students)",
                        "classes/" + cohort.id() + "/review/" + QUEUE_PROMPT, "review"),
                new RoleView("Seminar leader", "Projector", "seminar/" + room.sessionId() + "/project", ""),
                new RoleView("Seminar leader", "Presenter console", "seminar/" + room.sessionId() + "/present", ""));

        List<ViewHeap> measured = new ArrayList<>();
        try (RunningApp app = RunningApp.startOn(data, jar, content, APP_JVM_OPTIONS)) {
            System.out.println("App started at " + app.base() + " (pid " + app.pid() + ")");
            HeapProbe probe = new HeapProbe(app.pid());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
            List<VaadinClient> open = new ArrayList<>();
            try {
                // every view first, so that caches the views fill (H2's pages, Hibernate's plans) are full before
                // any view is measured: otherwise one view's growth would include them and the next one's shrink
                List<Boolean> pushes = new ArrayList<>();
                for (RoleView view : views) {
                    boolean push = false;
                    for (int i = 0; i < WARM_SESSIONS; i++) {
                        push = openView(http, app, view, open);
                    }
                    pushes.add(push);
                }
                for (RoleView view : views) {
                    boolean push = pushes.get(views.indexOf(view));
                    HeapSample before = probe.sample(0);
                    for (int i = 0; i < sessions; i++) {
                        openView(http, app, view, open);
                    }
                    HeapSample after = probe.sample(sessions);
                    ViewHeap result = new ViewHeap(view, before, after, push);
                    measured.add(result);
                    System.out.printf(Locale.ROOT, "%s: %.1f KiB per session%n", view.name(), result.kibPerSession());
                }
            } catch (Exception failure) {
                app.printLogTail();
                throw failure;
            } finally {
                // the tabs first: closing the client waits for their push websockets
                open.forEach(VaadinClient::close);
                http.shutdownNow();
            }
        } finally {
            RunningApp.deleteRecursively(work);
        }
        new PerformanceDoc(report).replaceSection(NAME, render(measured, sessions, MachineInfo.current(),
                loadBefore + " → " + MachineLoad.now()));
        System.out.println("Written to " + report);
    }

    /** Signs in as the demo instructor and opens the view; returns whether it holds a push websocket. */
    private static boolean openView(HttpClient http, RunningApp app, RoleView view, List<VaadinClient> open)
            throws Exception {
        VaadinClient tab = new VaadinClient(http, app.base(), Duration.ofSeconds(60));
        open.add(tab);
        tab.signIn(GenerateScaleData.INSTRUCTOR, GenerateScaleData.DEMO_PASSWORD);
        tab.openUi(view.route());
        String reply = tab.navigate(view.route()).toString();
        if (!reply.contains(view.marker())) {
            throw new IllegalStateException(view.route() + " did not show \"" + view.marker() + "\"");
        }
        boolean push = tab.serverWantsPush();
        if (push) {
            tab.connectPush();
        }
        return push;
    }

    static String render(List<ViewHeap> measured, int sessions, MachineInfo machine, String load) {
        StringBuilder md = new StringBuilder("## Live heap per session on the instructor's and the seminar leader's views\n\n");
        md.append("""
                `RoleViewHeapBenchmark` generates a class of students who answered every prompt (`ScaleDataGenerator`) \
                and a live session the demo leader started, starts the packaged jar on that database (JVM options \
                `%s`) and, view after view, signs `iris` in again and again, each time in a new session, and opens \
                the view over Vaadin's protocol, holding its push websocket when the view asks for one, as a browser \
                does. Per session = growth of the live heap (`jcmd PID GC.class_histogram`, a full GC first) over \
                %d sessions of that view, after %d warm-up sessions of every view. The student's lesson view has its own section \
                above.

                """.formatted(String.join(" ", APP_JVM_OPTIONS), sessions, WARM_SESSIONS));
        md.append("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s.\n\n".formatted(
                LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(), load));
        md.append("| role | view | route | push | per session | live heap after |\n|:---|:---|:---|:---|---:|---:|\n");
        for (ViewHeap heap : measured) {
            md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %s | %s | %.1f MiB |\n", heap.view().role(),
                    heap.view().name(), heap.view().route().replaceAll("\\d+", "{id}"), heap.push() ? "yes" : "no",
                    heap.kibPerSession() < 0 ? "no figure: the heap shrank" : "%.1f KiB".formatted(heap.kibPerSession()),
                    heap.after().liveBytes() / 1048576.0));
        }
        md.append("\n**Per session: ").append(String.join("; ", measured.stream().map(heap -> heap.kibPerSession() < 0
                ? heap.view().name() + " no figure" : String.format(Locale.ROOT, "%s %.1f KiB", heap.view().name(),
                heap.kibPerSession())).toList())).append(".**\n");
        return md.toString();
    }
}
