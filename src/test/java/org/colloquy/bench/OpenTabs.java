package org.colloquy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Student sessions held open on the lesson view, the demo students taking turns; all closed together. */
final class OpenTabs implements AutoCloseable {

    private static final List<String> STUDENTS = List.of("ana", "ben", "chen");

    private final URI base;
    private final boolean withPush;
    private final int parallelism;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<VaadinClient> tabs = new ArrayList<>();

    OpenTabs(URI base, boolean withPush, int parallelism) {
        this.base = base;
        this.withPush = withPush;
        this.parallelism = parallelism;
    }

    int count() {
        return tabs.size();
    }

    /**
     * Opens tabs until {@code total} are open. Each student's first tab opens alone: it starts the lesson, and
     * two first visits at once would both try to create the student's progress row.
     */
    void openUntil(int total) throws IOException, InterruptedException, ExecutionException {
        while (tabs.size() < Math.min(total, STUDENTS.size())) {
            tabs.add(openTab(tabs.size()));
        }
        List<Callable<VaadinClient>> openings = new ArrayList<>();
        for (int i = tabs.size(); i < total; i++) {
            int index = i;
            openings.add(() -> openTab(index));
        }
        List<Future<VaadinClient>> opened;
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            opened = pool.invokeAll(openings);
        }
        ExecutionException firstFailure = null;
        for (Future<VaadinClient> tab : opened) {
            try {
                tabs.add(tab.get());
            } catch (ExecutionException failure) {
                firstFailure = firstFailure == null ? failure : firstFailure;
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    private VaadinClient openTab(int index) throws IOException, InterruptedException {
        return LessonTab.open(http, base, STUDENTS.get(index % STUDENTS.size()), withPush);
    }

    @Override
    public void close() {
        tabs.forEach(VaadinClient::close);
        tabs.clear();
        http.shutdownNow();
    }
}
