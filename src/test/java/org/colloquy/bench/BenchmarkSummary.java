package org.colloquy.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top of docs/performance.md after {@code bench/run-all}: when and where every benchmark ran (cores, memory,
 * JDK, load average at the start and the end) and each section's verdict, the lines its benchmark wrote in bold.
 */
public final class BenchmarkSummary {

    static final String NAME = "bench";
    private static final Pattern SECTION = Pattern.compile(
            "<!-- ([a-z-]+):start -->\\n## ([^\\n]+)\\n(.*?)<!-- \\1:end -->", Pattern.DOTALL);
    private static final Pattern VERDICT = Pattern.compile("^\\*\\*(.+)\\*\\*$", Pattern.MULTILINE);
    private static final Pattern MEASURED = Pattern.compile("^Measured (\\d{4}-\\d{2}-\\d{2})", Pattern.MULTILINE);

    private BenchmarkSummary() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(System.getProperty("bench.report", "docs/performance.md"));
        String loadAtStart = System.getenv().getOrDefault("BENCH_LOAD_AT_START", "not recorded");
        String started = System.getenv().getOrDefault("BENCH_STARTED_AT", "");
        String document = Files.readString(report, StandardCharsets.UTF_8);
        new PerformanceDoc(report).replaceSection(NAME, render(document, MachineInfo.current(), loadAtStart,
                MachineLoad.now(), started));
        System.out.println("Summary written to " + report);
    }

    static String render(String document, MachineInfo machine, String loadAtStart, String loadAtEnd,
                         String startedEpochSeconds) {
        StringBuilder md = new StringBuilder("## Summary of the last `bench/run-all`\n\n");
        String took = "";
        if (!startedEpochSeconds.isBlank()) {
            Duration duration = Duration.between(Instant.ofEpochSecond(Long.parseLong(startedEpochSeconds.strip())),
                    Instant.now());
            took = ", took %d min".formatted(duration.toMinutes());
        }
        md.append("Run %s UTC on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s at the start, %s at "
                .formatted(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(Instant.now()),
                        machine.cores(), machine.cpuModel(), machine.memory(), machine.java(), loadAtStart, loadAtEnd)
                + "the end%s. Other work on the machine slows every wall-clock figure down.\n\n".formatted(took));
        md.append("| section | measured | verdict |\n|:---|:---|:---|\n");
        Matcher section = SECTION.matcher(document);
        while (section.find()) {
            if (section.group(1).equals(NAME)) {
                continue;
            }
            Matcher measured = MEASURED.matcher(section.group(3));
            List<String> verdicts = VERDICT.matcher(section.group(3)).results().map(found -> found.group(1).strip())
                    .toList();
            md.append("| %s | %s | %s |\n".formatted(section.group(2), measured.find() ? measured.group(1) : "",
                    String.join("<br>", verdicts)));
        }
        return md.toString();
    }
}
