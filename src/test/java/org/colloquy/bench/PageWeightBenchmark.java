package org.colloquy.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.microsoft.playwright.options.LoadState;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a student's browser loads for the lesson view, and how soon she can type her answer: Chromium (Playwright)
 * opens {@code course/…/lesson/three-stages}, which the student left at its Respond step, and the clock runs from
 * the navigation until the Respond step's text area is shown, enabled and editable. Bytes = what came over the
 * network (each response's encoded body and headers, from Playwright's request events). Cold = a new browser context
 * with an empty cache (signed in through the API, so the sign-in page fills no cache); warm = a reload in the same
 * context afterwards.
 *
 * <p>Run it with {@code ./mvnw -Pbench -DskipTests verify} ({@code bench/run-all} runs every benchmark);
 * {@code -Dbench.pageRuns=5} sets the cold/warm pairs measured.
 */
public final class PageWeightBenchmark {

    static final String NAME = "page-weight";
    private static final List<String> APP_JVM_OPTIONS = ServerJvmOptions.read();
    private static final String STUDENT = "ana";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String EDITABLE = """
            () => { const t = document.querySelector('#answer-text textarea');
                    return !!t && !t.disabled && !t.readOnly && t.offsetParent !== null; }""";

    private PageWeightBenchmark() {
    }

    /** One page load: how long until the answer could be typed, and what came over the network. */
    record Load(boolean warm, double millis, long bytes, int requests) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/colloquy-0.1.0-SNAPSHOT.jar"));
        Path content = Path.of(System.getProperty("bench.content", "content"));
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        Path chromium = Paths.get(System.getenv().getOrDefault("COLLOQUY_CHROMIUM", "/usr/bin/chromium"));
        int runs = Integer.getInteger("bench.pageRuns", 5);
        String loadBefore = MachineLoad.now();

        List<Load> loads = new ArrayList<>();
        try (RunningApp app = RunningApp.start(jar, content, APP_JVM_OPTIONS);
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            leaveTheLessonAtItsRespondStep(app);
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                    .setArgs(List.of("--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            String lesson = app.base().resolve(LessonTab.LESSON).toString();
            for (int run = 0; run <= runs; run++) {
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 900))) {
                    signIn(context, app);
                    Page page = context.newPage();
                    Load cold = measure(context, false, () -> page.navigate(lesson), page);
                    Load warm = measure(context, true, page::reload, page);
                    if (run > 0) { // the first pair warms the server up
                        loads.add(cold);
                        loads.add(warm);
                    }
                    System.out.printf(Locale.ROOT, "cold %.0f ms %d B %d requests; warm %.0f ms %d B %d requests%n",
                            cold.millis(), cold.bytes(), cold.requests(), warm.millis(), warm.bytes(), warm.requests());
                }
            }
            browser.close();
        }
        new PerformanceDoc(report).replaceSection(NAME, render(loads, MachineInfo.current(),
                loadBefore + " → " + MachineLoad.now()));
        System.out.println("Written to " + report);
    }

    /** The lesson opens at the step the student was last on: move her to Respond once, over Vaadin's protocol. */
    private static void leaveTheLessonAtItsRespondStep(RunningApp app) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
             VaadinClient tab = LessonTab.open(http, app.base(), STUDENT, false)) {
            System.out.println("Lesson left at its Respond step by " + STUDENT + " (" + tab.nodes().withId("answer-text")
                    + ")");
        }
    }

    private static void signIn(BrowserContext context, RunningApp app) {
        String loginPage = context.request().get(app.base().resolve("login").toString()).text();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        int status = context.request().post(app.base().resolve("login").toString(), RequestOptions.create()
                .setForm(FormData.create().set("username", STUDENT).set("password", "colloquy")
                        .set("_csrf", csrf.group(1)))).status();
        if (status >= 400) {
            throw new IllegalStateException("Sign-in answered " + status);
        }
    }

    private static Load measure(BrowserContext context, boolean warm, Runnable navigation, Page page) {
        AtomicLong bytes = new AtomicLong();
        List<Request> requests = new ArrayList<>();
        Consumer<Request> count = request -> {
            requests.add(request);
            var sizes = request.sizes();
            bytes.addAndGet(Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize));
        };
        context.onRequestFinished(count);
        long started = System.nanoTime();
        navigation.run();
        page.waitForFunction(EDITABLE, null, new Page.WaitForFunctionOptions().setPollingInterval(10)
                .setTimeout(60_000));
        double millis = (System.nanoTime() - started) / 1e6;
        page.waitForLoadState(LoadState.NETWORKIDLE);
        context.offRequestFinished(count);
        return new Load(warm, millis, bytes.get(), requests.size());
    }

    private static double median(List<Load> loads, boolean warm, Function<Load, Double> value) {
        return Stats.median(loads.stream().filter(l -> l.warm() == warm).map(value).toList());
    }

    static String render(List<Load> loads, MachineInfo machine, String load) {
        StringBuilder md = new StringBuilder("## Page weight and time until the lesson view is usable (Chromium)\n\n");
        md.append("""
                `PageWeightBenchmark` starts the packaged jar (default profile, fresh H2 database, JVM options `%s`), \
                leaves the demo student `%s` on lesson 1's Respond step, then opens `%s` in Debian's Chromium through \
                Playwright (1280×900). *Usable* = from the navigation until the Respond step's text area is shown, \
                enabled and editable (polled every 10 ms). *Transferred* = encoded response bodies and headers of \
                every request until the network is idle (Playwright's request events; answers from the browser cache \
                count 0). Cold = a new browser context, empty cache, signed in through the API; warm = a reload in \
                that context. The first pair warms the server up and is not counted; medians of the rest. Server and \
                browser share the machine's cores.

                """.formatted(String.join(" ", APP_JVM_OPTIONS), STUDENT, LessonTab.LESSON));
        md.append("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s.\n\n".formatted(
                LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(), load));
        md.append("| load | usable after (median) | min | max | transferred (median) | requests (cached ones too) | runs |\n");
        md.append("|:---|---:|---:|---:|---:|---:|---:|\n");
        for (boolean warm : new boolean[] {false, true}) {
            List<Load> these = loads.stream().filter(l -> l.warm() == warm).toList();
            md.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.1f KiB | %.0f | %d |\n",
                    warm ? "warm (reload, cache)" : "cold (empty cache)",
                    Stats.median(these.stream().map(Load::millis).toList()),
                    these.stream().mapToDouble(Load::millis).min().orElse(0),
                    these.stream().mapToDouble(Load::millis).max().orElse(0),
                    Stats.median(these.stream().map(l -> (double) l.bytes()).toList()) / 1024,
                    Stats.median(these.stream().map(l -> (double) l.requests()).toList()), these.size()));
        }
        md.append(String.format(Locale.ROOT, "%n**Lesson view usable after %.0f ms cold (%.0f KiB over the network), "
                        + "%.0f ms warm (%.0f KiB).**%n", median(loads, false, Load::millis),
                median(loads, false, l -> (double) l.bytes()) / 1024, median(loads, true, Load::millis),
                median(loads, true, l -> (double) l.bytes()) / 1024));
        return md.toString();
    }
}
