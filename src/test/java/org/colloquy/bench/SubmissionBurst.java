package org.colloquy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Students submitting answers as fast as the app takes them, each in her own tab on the lesson's Respond step and on
 * her own thread, through Vaadin's protocol. A submission counts as acknowledged only when the app's reply shows it
 * as submitted and counts it among her submissions — what the student would see on screen.
 */
final class SubmissionBurst implements AutoCloseable {

    /** A submission a student saw confirmed, or one found in the database. */
    record Acknowledged(String student, String body) {

        @Override
        public String toString() {
            return student + ": \"" + (body.length() > 30 ? body.substring(0, 30) + "…" : body) + "\"";
        }
    }

    private static final int WORDS = 90;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final List<VaadinClient> tabs = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean serverGone = new AtomicBoolean();

    /** Signs every student in and opens her tab, then starts them all writing. */
    SubmissionBurst(URI base, List<String> students) throws Exception {
        for (String student : students) {
            tabs.add(LessonTab.open(http, base, student, false));
        }
        for (int i = 0; i < students.size(); i++) {
            String student = students.get(i);
            VaadinClient tab = tabs.get(i);
            writers.add(Thread.ofPlatform().name("burst-" + student).start(() -> write(student, tab)));
        }
    }

    private void write(String student, VaadinClient tab) {
        int field = tab.nodes().withId("answer-text");
        int submit = tab.nodes().withId("submit-answer");
        for (int number = 1; !Thread.currentThread().isInterrupted(); number++) {
            String body = answer(student, number);
            JsonNode reply;
            try {
                sent.incrementAndGet();
                reply = tab.typeAndClick(field, body, submit);
            } catch (Exception failure) {
                if (!serverGone.get()) {
                    problems.add(student + " #" + number + ": " + failure);
                }
                return;
            }
            if (showsSubmitted(reply, number)) {
                acknowledged.add(new Acknowledged(student, body));
            } else {
                problems.add(student + " #" + number + " was not shown as submitted: " + abbreviate(reply.toString()));
                return;
            }
        }
    }

    /**
     * "Submitted …" and the count of her submissions grown to this one: the list itself is only built when she
     * unfolds it, so the text is checked in the database, against what this request carried.
     */
    private static boolean showsSubmitted(JsonNode reply, int number) {
        String changes = reply.path("changes").toString();
        return changes.contains("Submitted ") && changes.contains("Your submissions (" + number + ")");
    }

    /** A valid answer (80 to 250 words) that names its writer and number, so every submission is unique. */
    static String answer(String student, int number) {
        StringBuilder text = new StringBuilder("Answer %d from %s: the third stage balances".formatted(number, student));
        for (int word = 0; word < WORDS; word++) {
            text.append(' ').append(word % 3 == 0 ? "state" : word % 3 == 1 ? "market" : "regulation");
        }
        return text.append('.').toString();
    }

    void awaitAcknowledged(int count, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (acknowledged.size() < count) {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("The burst went wrong before the kill: " + problems);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + acknowledged.size() + " of " + count
                        + " submissions acknowledged within " + limit);
            }
            Thread.sleep(5);
        }
    }

    /** Called just before the server is killed: from now on, failing requests are expected. */
    void serverGoingAway() {
        serverGone.set(true);
    }

    /** Waits for every writer to notice that the server is gone. */
    void awaitWritersStopped(Duration limit) throws InterruptedException {
        for (Thread writer : writers) {
            if (!writer.join(limit)) {
                writer.interrupt();
                throw new IllegalStateException(writer.getName() + " still running " + limit + " after the kill");
            }
        }
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    int sent() {
        return sent.get();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Override
    public void close() {
        writers.forEach(Thread::interrupt);
        http.shutdownNow();
    }
}
