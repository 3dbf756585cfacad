package org.colloquy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.colloquy.bench.LiveLoadSection.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveNodesSectionTest {

    private static final MachineInfo MACHINE = new MachineInfo(2, "a test CPU", "8 GiB", "a JDK");

    @TempDir
    Path folder;

    @Test
    void students_are_kept_on_the_nodes_in_turn_as_a_sticky_balancer_spreads_a_room() {
        LiveLoadSettings twoNodes = settings(2, true);

        assertThat(IntStream.range(0, 6).map(twoNodes::nodeOf)).containsExactly(0, 1, 0, 1, 0, 1);
        assertThat(IntStream.range(0, 3).map(settings(1, true)::nodeOf)).containsExactly(0, 0, 0);
    }

    @Test
    void nodes_share_a_postgresql_database_never_an_h2_file() {
        assertThatThrownBy(() -> settings(2, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 nodes on H2");
    }

    @Test
    void a_column_kept_by_one_run_is_read_back_by_the_next_as_it_was() throws Exception {
        LiveLoadColumn column = column(2, "57 ms", List.of("projector right 1200 ms after the last answer"));
        Path file = LiveLoadColumn.file(folder, 2);

        column.write(file);

        assertThat(LiveLoadColumn.read(file)).contains(column);
        assertThat(LiveLoadColumn.read(LiveLoadColumn.file(folder, 1))).isEmpty();
    }

    @Test
    void the_section_sets_two_nodes_beside_one_and_judges_the_two_nodes() {
        String section = LiveNodesSection.render(settings(2, true), Optional.of(column(2, "57 ms", List.of())),
                Optional.of(column(1, "31 ms", List.of("2 errors"))), MACHINE, "-Xss512k");

        assertThat(section).startsWith("## Live seminar on two nodes: 1000 students answer within 30 seconds")
                .contains("| join and answer, p95 | 57 ms | 31 ms | 100 ms | pass |")
                .contains("**Live seminar on two nodes: within budget.**")
                .contains("The same room on one node: over the same budget: 2 errors.")
                .contains("load average (1 / 5 / 15 min) 1.00 / 1.00 / 1.00 (two nodes) and 1.00 / 1.00 / 1.00 (one node)");
    }

    @Test
    void a_missing_run_is_shown_as_not_run_and_its_verdict_as_not_measured() {
        String section = LiveNodesSection.render(settings(2, true), Optional.empty(),
                Optional.of(column(1, "31 ms", List.of())), MACHINE, "-Xss512k");

        assertThat(section).contains("| join and answer, p95 | not run | 31 ms | 100 ms |  |")
                .contains("**Live seminar on two nodes: not measured yet.**");
    }

    @Test
    void two_nodes_over_budget_are_named_in_bold_for_the_summary() {
        String verdict = LiveNodesSection.verdict(Optional.of(column(2, "140 ms", List.of("join and answer p95 140 ms"))));

        assertThat(verdict).isEqualTo("**Live seminar on two nodes over budget: join and answer p95 140 ms.**");
    }

    private static LiveLoadColumn column(int nodes, String p95, List<String> over) {
        return new LiveLoadColumn(nodes, "2026-12-07", "1.00 / 1.00 / 1.00", 120.5, List.of(
                new Figure("errors", "0", "0", true),
                new Figure("join and answer, p95", p95, "100 ms", over.isEmpty()),
                new Figure("join and answer p95 on each node", "A 50 ms · B 57 ms", "", true)), over);
    }

    private static LiveLoadSettings settings(int nodes, boolean postgres) {
        return new LiveLoadSettings(Path.of("app.jar"), Path.of("content"), Path.of("performance.md"), 1000,
                Duration.ofSeconds(125), Duration.ofSeconds(10), Duration.ofSeconds(30), 40, nodes, postgres);
    }
}
