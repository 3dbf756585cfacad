package org.colloquy.bench;

import java.util.List;

/** Several measured runs of one thing, in milliseconds. */
record Timing(String what, List<Double> millis) {

    Timing {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("No runs of " + what);
        }
        millis = millis.stream().sorted().toList();
    }

    double median() {
        int n = millis.size();
        return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
    }

    /** The nearest-rank 95th percentile: with 20 runs, the second slowest. */
    double p95() {
        return millis.get((int) Math.ceil(0.95 * millis.size()) - 1);
    }

    /** The nearest-rank 99th percentile: with 300 requests, the third slowest. */
    double p99() {
        return millis.get((int) Math.ceil(0.99 * millis.size()) - 1);
    }

    double max() {
        return millis.getLast();
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
