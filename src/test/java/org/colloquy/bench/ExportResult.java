package org.colloquy.bench;

import java.util.List;
import org.colloquy.bench.HeapProbe.HeapSample;

/** One export measured: its size, its download time, and the live heap before and while it was written. */
record ExportResult(int rows, String format, long bytes, Timing time, HeapSample before, List<HeapSample> during) {

    ExportResult {
        during = List.copyOf(during);
    }

    long peakLiveBytes() {
        return during.stream().mapToLong(HeapSample::liveBytes).max().orElseThrow();
    }

    /** How far the live heap rose above its level just before the export. */
    long liveGrowthBytes() {
        return Math.max(0, peakLiveBytes() - before.liveBytes());
    }

    long peakRssBytes() {
        return during.stream().mapToLong(HeapSample::rssBytes).max().orElseThrow();
    }

    double rowsPerSecond() {
        return rows / (time.median() / 1000);
    }
}
