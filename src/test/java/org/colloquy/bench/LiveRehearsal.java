package org.colloquy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first room a freshly started app serves: a smaller class joins its own session and answers, with that
 * session's projector open, before the measured room. A JVM loads and compiles the live view's code the first time
 * it runs it; a deployed app has done so long before a seminar starts. Its latencies are reported as the cold
 * figures beside the measured room's.
 */
final class LiveRehearsal {

    private static final int STUDENTS_AT_ONCE = 4;
    private static final String ANSWER_TEXT = "Trade came first, then trust.";

    private LiveRehearsal() {
    }

    /** Every join and answer request's time, in milliseconds; fails when any student's answer is not received. */
    static List<Double> run(HttpClient http, URI base, LiveRoom.Rehearsal rehearsal, String password)
            throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService students = Executors.newFixedThreadPool(STUDENTS_AT_ONCE)) {
            List<Future<?>> answers = new ArrayList<>();
            for (String username : rehearsal.usernames()) {
                answers.add(students.submit(() -> {
                    answer(http, base, rehearsal.joinCode(), username, password, millis);
                    return null;
                }));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        }
        return List.copyOf(millis);
    }

    private static void answer(HttpClient http, URI base, String code, String username, String password,
            List<Double> millis) throws Exception {
        try (VaadinClient phone = new VaadinClient(http, base)) {
            phone.signIn(username, password);
            long start = System.nanoTime();
            phone.openUi("live/" + code);
            start = lap(start, millis);
            phone.navigate("live/" + code);
            start = lap(start, millis);
            String reply = phone.typeAndClick(phone.nodes().withId("live-answer"), ANSWER_TEXT,
                    phone.nodes().withId("live-send")).toString();
            lap(start, millis);
            if (!reply.contains("Received")) {
                throw new IllegalStateException(username + "'s rehearsal answer was not received: " + reply);
            }
        }
    }

    private static long lap(long start, List<Double> millis) {
        long now = System.nanoTime();
        millis.add((now - start) / 1_000_000.0);
        return now;
    }
}
