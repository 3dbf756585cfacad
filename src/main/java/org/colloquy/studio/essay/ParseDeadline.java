package org.colloquy.studio.essay;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads a file within a time limit: a crafted .docx or .pdf can be small and still take minutes to read. The reading
 * runs on one of two threads kept for it, so slow files never take more of the machine; past the limit the teacher is
 * told, and the reading is interrupted.
 */
final class ParseDeadline {

    private static final ExecutorService READERS = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "essay-reader");
        thread.setDaemon(true);
        return thread;
    });

    private ParseDeadline() {
    }

    static <T> T within(Duration limit, Supplier<T> reading) {
        Future<T> result = READERS.submit(reading::get);
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException tooSlow) {
            result.cancel(true);
            throw new EssayRefused(EssayRefused.Why.TOO_SLOW, limit.toSeconds());
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new EssayRefused(EssayRefused.Why.UNREADABLE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new EssayRefused(EssayRefused.Why.TOO_SLOW, limit.toSeconds());
        }
    }
}
