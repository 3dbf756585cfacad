package org.colloquy.bench;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an export as it arrives and counts its bytes and rows without keeping it: CSV rows are the CRLFs outside
 * quotes (the header included), JSON rows the objects directly inside the top-level array. Optionally reads no
 * faster than a given rate, as a slow connection would.
 */
final class ExportDownload {

    /** As fast as the server sends. */
    static final long UNLIMITED = 0;

    private final InputStream in;
    private final long bytesPerSecond;
    private final long started = System.nanoTime();
    private long bytes;

    private ExportDownload(InputStream in, long bytesPerSecond) {
        this.in = in;
        this.bytesPerSecond = bytesPerSecond;
    }

    /** What arrived: bytes, rows (without a CSV header) and whether the document was complete. */
    record Received(long bytes, long rows, boolean complete) {
    }

    static Received csv(InputStream in, long bytesPerSecond) throws IOException, InterruptedException {
        return new ExportDownload(in, bytesPerSecond).csv();
    }

    static Received json(InputStream in, long bytesPerSecond) throws IOException, InterruptedException {
        return new ExportDownload(in, bytesPerSecond).json();
    }

    private Received csv() throws IOException, InterruptedException {
        long lineEnds = 0;
        boolean quoted = false;
        int previous = -1;
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n' && previous == '\r' && !quoted) {
                    lineEnds++;
                }
                previous = b;
            }
        }
        return new Received(bytes, Math.max(0, lineEnds - 1), !quoted && previous == '\n');
    }

    private Received json() throws IOException, InterruptedException {
        long objects = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean closed = false;
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    if (b == '{' && depth == 1) {
                        objects++;
                    }
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                    closed = depth == 0;
                }
            }
        }
        return new Received(bytes, objects, closed);
    }

    private int read(byte[] buffer) throws IOException, InterruptedException {
        int n = in.read(buffer);
        if (n > 0) {
            bytes += n;
            if (bytesPerSecond > UNLIMITED) {
                long due = started + bytes * 1_000_000_000L / bytesPerSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        }
        return n;
    }
}
