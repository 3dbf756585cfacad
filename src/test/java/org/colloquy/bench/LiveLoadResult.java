package org.colloquy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.colloquy.bench.HeapProbe.HeapSample;
import org.jspecify.annotations.Nullable;
import java.time.Duration;

/** What the live seminar load measured, and whether it kept the budget. */
record LiveLoadResult(LiveLoadSettings settings, String stepKey, int signedIn, int acknowledged, int stored,
                      List<Timing> timings, Map<String, Integer> errors, long projectorLagMillis,
                      int projectorLastCount, long presenterLagMillis, int presenterLastCount, Pushes pushes,
                      HeapSample heapAtStart, @Nullable HeapSample heapSignedIn, HeapSample heapAtEnd,
                      String loadAverage, double signInSeconds, Timing warmWindow,
                      Timing rehearsal, List<Timing> windowByNode, double appCpuSeconds) {

    static final String SIGN_IN_PAGE = "sign in: login page";
    static final String SIGN_IN = "sign in: post the form";
    static final String JOIN_PAGE = "join: load /live/{code}";
    static final String JOIN_INIT = "join: start the UI (init)";
    static final String JOIN_VIEW = "join: open the view (UIDL navigation)";
    static final String ANSWER = "answer: send (UIDL)";
    /** Every request a student makes, in order; the last four are the room's answering window. */
    static final List<String> REQUESTS = List.of(SIGN_IN_PAGE, SIGN_IN, JOIN_PAGE, JOIN_INIT, JOIN_VIEW, ANSWER);
    static final List<String> IN_WINDOW = List.of(JOIN_PAGE, JOIN_INIT, JOIN_VIEW, ANSWER);

    static final double P95_BUDGET_MS = 100;
    /** The start of the window in which a fresh JVM first runs the live view's code (class loading, JIT). */
    static final Duration COLD_START = Duration.ofSeconds(2);
    static final long PROJECTOR_BUDGET_MS = 1000;
    /** "A few times per second per view": the batch window is 250 ms, so 4, and one more for a second's edges. */
    static final int PUSHES_PER_SECOND_BUDGET = 5;

    /** Pushes each leader view received from the start of the answering window until a second after it settled. */
    record Pushes(int projector, int projectorMostInOneSecond, int presenter, int presenterMostInOneSecond,
                  double seconds) {
    }

    LiveLoadResult {
        timings = List.copyOf(timings);
        windowByNode = List.copyOf(windowByNode);
        errors = Map.copyOf(errors);
    }

    int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    int lost() {
        return acknowledged - stored;
    }

    /** All the requests of the answering window together: joining and answering. */
    Timing window() {
        List<Double> all = timings.stream().filter(timing -> IN_WINDOW.contains(timing.what()))
                .flatMap(timing -> timing.millis().stream()).toList();
        return new Timing("join and answer", all.isEmpty() ? List.of(Double.NaN) : all);
    }

    double heapPerAudienceSessionKiB() {
        HeapSample from = heapSignedIn == null ? heapAtStart : heapSignedIn;
        return (heapAtEnd.histogram().bytesWithoutFillers() - from.histogram().bytesWithoutFillers())
                / 1024.0 / Math.max(1, acknowledged);
    }

    double heapPerSignedInStudentKiB() {
        return (heapAtEnd.histogram().bytesWithoutFillers() - heapAtStart.histogram().bytesWithoutFillers())
                / 1024.0 / Math.max(1, acknowledged);
    }

    List<String> overBudget() {
        List<String> over = new ArrayList<>();
        if (errorCount() > 0) {
            over.add(errorCount() + " errors");
        }
        if (acknowledged != settings.students()) {
            over.add("only " + acknowledged + " of " + settings.students() + " answers acknowledged");
        }
        if (stored != acknowledged) {
            over.add(stored + " answers stored, " + acknowledged + " acknowledged");
        }
        if (!(window().p95() < P95_BUDGET_MS)) {
            over.add("join and answer p95 " + Math.round(window().p95()) + " ms");
        }
        if (projectorLagMillis < 0 || projectorLagMillis > PROJECTOR_BUDGET_MS) {
            over.add(projectorLagMillis < 0 ? "the projector never showed " + acknowledged + " answers (last: "
                    + projectorLastCount + ")" : "projector right " + projectorLagMillis + " ms after the last answer");
        }
        Stream.of(pushes.projectorMostInOneSecond(), pushes.presenterMostInOneSecond())
                .filter(most -> most > PUSHES_PER_SECOND_BUDGET).findFirst()
                .ifPresent(most -> over.add(most + " pushes in one second to one view"));
        return over;
    }
}
