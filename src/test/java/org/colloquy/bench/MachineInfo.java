package org.colloquy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a benchmark ran, for the record next to its figures. */
record MachineInfo(int cores, String cpuModel, String memory, String java) {

    static MachineInfo current() {
        String java = "%s %s (%s)".formatted(System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor.version", System.getProperty("java.vendor")));
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU"),
                firstValue(Path.of("/proc/meminfo"), "MemTotal").map(MachineInfo::gibibytes).orElse("unknown"),
                java);
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static String gibibytes(String memTotal) {
        long kib = Long.parseLong(memTotal.replaceAll("\\D", ""));
        return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
    }
}
