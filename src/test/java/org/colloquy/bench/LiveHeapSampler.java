package org.colloquy.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.colloquy.bench.HeapProbe.HeapSample;

/**
 * Samples another JVM's live heap back to back while something runs there, each sample after a full GC (so the
 * samples slow that JVM down: measure time separately). Stops on close.
 */
final class LiveHeapSampler implements AutoCloseable {

    private final HeapProbe probe;
    private final List<HeapSample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    LiveHeapSampler(HeapProbe probe) {
        this.probe = probe;
        this.thread = Thread.ofPlatform().name("live-heap-sampler").start(this::sampleUntilClosed);
    }

    private void sampleUntilClosed() {
        while (running) {
            try {
                samples.add(probe.sample(0));
            } catch (Exception e) {
                failure = e;
                return;
            }
        }
    }

    /** Stops sampling and returns the samples taken, at least one. */
    List<HeapSample> stop() throws Exception {
        running = false;
        thread.join();
        if (failure != null) {
            throw failure;
        }
        if (samples.isEmpty()) {
            samples.add(probe.sample(0));
        }
        return List.copyOf(samples);
    }

    @Override
    public void close() throws Exception {
        if (running) {
            stop();
        }
    }
}
