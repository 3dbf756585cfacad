package org.colloquy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average (1 / 5 / 15 minutes), noted next to figures that other work on it slows down. */
final class MachineLoad {

    private MachineLoad() {
    }

    static String now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
