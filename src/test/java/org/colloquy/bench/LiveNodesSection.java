package org.colloquy.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquy.bench.LiveLoadSection.Figure;

/**
 * The section of docs/performance.md that sets the live seminar on two nodes (one PostgreSQL, the students spread
 * over the nodes) beside the same room on one node on PostgreSQL: one column per run ({@link LiveLoadColumn}).
 * The budget is the two nodes' column.
 */
final class LiveNodesSection {

    static final String NAME = "live-seminar-two-nodes";
    static final String NOT_RUN = "not run";

    private LiveNodesSection() {
    }

    /** One run's column: the live seminar's figures (no heap: node A held only part of the room), then per node and per request. */
    static LiveLoadColumn column(LiveLoadResult result) {
        List<Figure> figures = new ArrayList<>(LiveLoadSection.figures(result));
        figures.add(new Figure("join and answer p95 on each node", result.windowByNode().stream()
                .map(timing -> timing.what().replaceFirst(".* on node ", "") + " " + LiveLoadSection.ms(timing.p95()))
                .collect(Collectors.joining(" · ")), "", true));
        for (Timing timing : result.timings()) {
            figures.add(new Figure(timing.what() + ": median / p95 / max", LiveLoadSection.ms(timing.median()) + " / "
                    + LiveLoadSection.ms(timing.p95()) + " / " + LiveLoadSection.ms(timing.max()), "", true));
        }
        return new LiveLoadColumn(result.settings().nodes(), LocalDate.now().toString(), result.loadAverage(),
                result.signInSeconds(), figures, result.overBudget());
    }

    static String render(LiveLoadSettings settings, Optional<LiveLoadColumn> twoNodes,
                         Optional<LiveLoadColumn> oneNode, MachineInfo machine, String jvmOptions) {
        StringBuilder md = new StringBuilder();
        md.append("## Live seminar on two nodes: %d students answer within %d seconds\n\n".formatted(
                settings.students(), settings.answerWindow().toSeconds()));
        md.append("""
                The live seminar load above, spread over two nodes of the packaged jar as a sticky load balancer \
                spreads a room (decision 0047). `LiveSeminarSimulation` with `-Dlive.nodes=2` starts an embedded \
                PostgreSQL, prepares the class of %d students and the live session on it with the application's \
                own context (postgres profile), and starts **node A** and **node B** on it, one after the other, \
                each on its own port with its own data folder and the same `COLLOQUY_DEVICE_KEY` (JVM options \
                `%s`). The leader's projector and presenter console are open on node A, holding their push \
                websockets; the students are kept on the nodes in turn (student 1 on A, student 2 on B, ...), \
                sign in there (the %d sign-ins are started over %d s, bcrypt makes them the costliest requests) \
                and, after a quiet %d s, join and answer each in her own slot of the %d s window, as in the \
                section above. A first room of %d other students (cold JIT) answers first, half on each node. \
                *Stored* answers are counted in PostgreSQL after the nodes have stopped; *projector right* is \
                the time from the last acknowledgement until the count node A pushed to its projector equals \
                the number acknowledged, so every answer sent to node B crossed to node A through PostgreSQL's \
                `LISTEN/NOTIFY` relay. Beside it, in its own run, the same room (same class size, same window) \
                on **one node** on a PostgreSQL of its own, every student on node A. The embedded PostgreSQL runs \
                as the test library starts it (`-F`, `synchronous_commit=off`: commits do not wait for the disk), so \
                a production database's commits cost more than here.

                Budget (two nodes): 0 errors, 0 lost (stored = acknowledged = %d), p95 of joining and answering \
                under %.0f ms, projector right within %d ms, at most %d pushes in any one second to one view.

                Rerun both: `./mvnw -Plive-load -DskipTests verify -Dlive.nodes=2` (the one-node run first, then \
                the two nodes; `-Dlive.nodes.students=1000`, \
                `-Dlive.nodes.answerWindowSeconds=30` change the size). Without `-Dlive.nodes=2` the profile runs \
                the single-node room on H2 of the section above.

                """.formatted(settings.students(), jvmOptions, settings.students(),
                settings.signInRamp().toSeconds(), settings.quietGap().toSeconds(),
                settings.answerWindow().toSeconds(), settings.rehearsalStudents(), settings.students(),
                LiveLoadResult.P95_BUDGET_MS, LiveLoadResult.PROJECTOR_BUDGET_MS,
                LiveLoadResult.PUSHES_PER_SECOND_BUDGET));
        md.append("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s (two nodes) and %s "
                .formatted(twoNodes.or(() -> oneNode).map(LiveLoadColumn::measuredOn).orElse(""),
                        machine.cores(), machine.cpuModel(), machine.memory(), machine.java(),
                        twoNodes.map(LiveLoadColumn::loadAverage).orElse(NOT_RUN),
                        oneNode.map(LiveLoadColumn::loadAverage).orElse(NOT_RUN))
                + "(one node), from before the room was prepared to after the last answer. Both nodes, the "
                + "database and the students share the same cores: other work on the machine slows every figure "
                + "down.\n\n");
        List<Figure> rows = twoNodes.or(() -> oneNode).map(LiveLoadColumn::figures).orElse(List.of());
        md.append("| figure | two nodes (A + B) | one node (A) | budget | two nodes |\n|:---|---:|---:|---:|:---|\n");
        for (int row = 0; row < rows.size(); row++) {
            Figure figure = rows.get(row);
            int at = row;
            md.append("| %s | %s | %s | %s | %s |\n".formatted(figure.what(),
                    twoNodes.map(column -> column.measured(at)).orElse(NOT_RUN),
                    oneNode.map(column -> column.measured(at)).orElse(NOT_RUN), figure.budget(),
                    twoNodes.map(column -> column.figures().get(at).verdict()).orElse("")));
        }
        md.append("\n").append(verdict(twoNodes)).append("\n");
        oneNode.ifPresent(column -> md.append("\nThe same room on one node: ").append(column.overBudget().isEmpty()
                ? "within the same budget." : "over the same budget: " + String.join("; ", column.overBudget()) + ".")
                .append("\n"));
        return md.toString();
    }

    /** The two nodes' verdict, in bold (the summary at the top of the document collects it). */
    static String verdict(Optional<LiveLoadColumn> twoNodes) {
        return twoNodes.map(column -> column.overBudget().isEmpty() ? "**Live seminar on two nodes: within budget.**"
                : "**Live seminar on two nodes over budget: " + String.join("; ", column.overBudget()) + ".**")
                .orElse("**Live seminar on two nodes: not measured yet.**");
    }
}
