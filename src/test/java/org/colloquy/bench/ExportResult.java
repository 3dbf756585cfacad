package org.colloquy.bench;

import java.util.Comparator;
import java.util.List;
import org.colloquy.bench.ClassHistogram.ClassShare;
import org.colloquy.bench.HeapProbe.HeapSample;

/**
 * One export measured: its size, its download time, and the live heap before and while it was written. Live heap
 * here leaves out {@link ClassHistogram#FILLER} arrays, which are not data and vary by several MiB between GCs.
 */
record ExportResult(int rows, String format, long bytes, Timing time, HeapSample before, List<HeapSample> during) {

    ExportResult {
        during = List.copyOf(during);
    }

    long liveBytesBefore() {
        return before.histogram().bytesWithoutFillers();
    }

    long peakLiveBytes() {
        return peak().histogram().bytesWithoutFillers();
    }

    /** How far the live heap rose above its level just before the export. */
    long liveGrowthBytes() {
        return Math.max(0, peakLiveBytes() - liveBytesBefore());
    }

    /** The classes that grew most from just before the export to its highest sample. */
    List<ClassShare> largestGrowth(int limit) {
        return peak().histogram().largestGrowthSince(before.histogram(), limit + 1).stream()
                .filter(share -> !share.className().equals(ClassHistogram.FILLER))
                .limit(limit)
                .toList();
    }

    private HeapSample peak() {
        return during.stream().max(Comparator.comparingLong(sample -> sample.histogram().bytesWithoutFillers()))
                .orElseThrow();
    }

    long peakRssBytes() {
        return during.stream().mapToLong(HeapSample::rssBytes).max().orElseThrow();
    }

    double rowsPerSecond() {
        return rows / (time.median() / 1000);
    }
}
