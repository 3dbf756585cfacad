package org.colloquy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Samples another JVM: its live heap by class (jcmd forces a full GC first) and its resident set size. */
final class HeapProbe {

    /** What one sample found with a given number of sessions open. */
    record HeapSample(int sessions, ClassHistogram histogram, long rssBytes) {

        long liveBytes() {
            return histogram.totalBytes();
        }
    }

    private final long pid;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    HeapSample sample(int sessions) throws IOException, InterruptedException {
        return new HeapSample(sessions, ClassHistogram.parse(jcmd("GC.class_histogram")), rssBytes());
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process process = new ProcessBuilder(List.of(jcmd, Long.toString(pid), command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
        }
        return output;
    }

    private long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("No VmRSS in /proc/" + pid + "/status");
    }
}
