package org.colloquy.bench;

import java.util.List;
import org.colloquy.bench.ClassHistogram.ClassShare;
import org.colloquy.bench.HeapProbe.HeapSample;

/** Live heap per session: the growth from the first sample (the baseline) over the sessions added since. */
record SessionHeapResult(List<HeapSample> samples, double budgetKib) {

    SessionHeapResult {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("Need a baseline and at least one later sample");
        }
        samples = List.copyOf(samples);
    }

    HeapSample baseline() {
        return samples.getFirst();
    }

    HeapSample last() {
        return samples.getLast();
    }

    double kibPerSession(HeapSample sample) {
        int added = sample.sessions() - baseline().sessions();
        return (sample.liveBytes() - baseline().liveBytes()) / (double) added / 1024;
    }

    /** The figure that counts: baseline to the largest number of sessions. */
    double kibPerSession() {
        return kibPerSession(last());
    }

    boolean withinBudget(HeapSample sample) {
        return kibPerSession(sample) <= budgetKib;
    }

    boolean withinBudget() {
        return withinBudget(last());
    }

    int addedSessions() {
        return last().sessions() - baseline().sessions();
    }

    /** The classes that grew most from the baseline to the last sample, largest first. */
    List<ClassShare> largestGrowth(int limit) {
        return last().histogram().largestGrowthSince(baseline().histogram(), limit);
    }
}
