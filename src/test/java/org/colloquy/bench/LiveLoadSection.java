package org.colloquy.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The live seminar load's section of docs/performance.md, in Markdown. */
final class LiveLoadSection {

    static final String NAME = "live-seminar-load";

    private LiveLoadSection() {
    }

    static String render(LiveLoadResult result, MachineInfo machine, String jvmOptions) {
        LiveLoadSettings settings = result.settings();
        StringBuilder md = new StringBuilder();
        md.append("## Live seminar: %d students answer within %d seconds\n\n".formatted(settings.students(),
                settings.answerWindow().toSeconds()));
        md.append("""
                `LiveSeminarSimulation` (Gatling, `src/load/java`) prepares a fresh H2 database with the application's \
                own context: a class of %d students with accounts (`ScaleDataGenerator`), and a live session the demo \
                leader `iris` started through `LiveSessionService` on the first lesson that can be run, moved on to its \
                first open prompt (`%s`). It then starts the packaged jar on it (default profile, JVM options `%s`); \
                the leader's **projector** and **presenter console** are open, each holding its push websocket \
                (`VaadinClient`, as a browser does), and every count they show below is read from what the server \
                pushed to them.

                Before the measured room, a freshly started JVM serves a first room: a class of %d other students \
                joins a second session on the same prompt and answers, four at a time, with that session's projector \
                open (`LiveRehearsal`). The first use of the live view in a JVM loads and compiles its code; a \
                deployed app has done that long before a seminar starts, so the budget is measured on the second \
                room, and the first room's times are reported as the cold figures.

                The students are Gatling's virtual users speaking Vaadin's protocol: each signs in (form login; \
                the %d sign-ins are started over %d s, bcrypt makes them the costliest requests; this time they took \
                %.0f s to finish), then, once all have finished and after a quiet %d s, the room answers: each student in her own slot of the %d s window loads `/live/{code}`, opens \
                the UI (Vaadin's `init` request) and the view (the client router's navigation event, which builds `AudienceView`), and sends her answer (one UIDL \
                request: the text area's value and the click on "Send answer"); an answer is *acknowledged* when \
                that response says "Received". *Stored* answers are counted in the database file after the app has \
                stopped. *Projector right* is the time from the last acknowledgement until the projector's pushed \
                count first equals the number acknowledged. Latencies are Gatling's response times, measured on the \
                same machine. Live heap: `jcmd PID GC.class_histogram` (after a full GC, fillers not counted) before \
                anyone signs in, in the quiet gap, and after the last answer.

                Budget: 0 errors, 0 lost (stored = acknowledged = %d), p95 of joining and answering under %.0f ms, \
                projector right within %d ms, at most %d pushes in any one second to one view.

                Rerun: `./mvnw -Plive-load -DskipTests verify` (`-Dlive.students=300`, \
                `-Dlive.answerWindowSeconds=20` change the size); Gatling's HTML report lands in `target/gatling/`.

                """.formatted(settings.students(), result.stepKey(), jvmOptions, settings.rehearsalStudents(),
                settings.students(),
                settings.signInRamp().toSeconds(), result.signInSeconds(), settings.quietGap().toSeconds(), settings.answerWindow().toSeconds(),
                settings.students(), LiveLoadResult.P95_BUDGET_MS, LiveLoadResult.PROJECTOR_BUDGET_MS,
                LiveLoadResult.PUSHES_PER_SECOND_BUDGET));
        md.append(("Measured %s on %d cores (%s), %s RAM, %s; load average (1 / 5 / 15 min) %s from before the "
                + "room was prepared to after the last answer: other work on the machine slows every figure down.\n\n")
                .formatted(LocalDate.now(), machine.cores(), machine.cpuModel(), machine.memory(), machine.java(),
                        result.loadAverage()));

        List<String> over = result.overBudget();
        md.append("| figure | measured | budget | result |\n|:---|---:|---:|:---|\n");
        for (Figure figure : Stream.concat(figures(result).stream(), heapFigures(result).stream()).toList()) {
            md.append("| %s | %s | %s | %s |\n".formatted(figure.what(), figure.measured(), figure.budget(),
                    figure.verdict()));
        }
        md.append("\n");

        md.append("| request | count | median | p95 | p99 | max | errors |\n|:---|---:|---:|---:|---:|---:|---:|\n");
        for (Timing timing : result.timings()) {
            md.append("| %s | %d | %s | %s | %s | %s | %d |\n".formatted(timing.what(), timing.millis().size(),
                    ms(timing.median()), ms(timing.p95()), ms(timing.p99()), ms(timing.max()),
                    result.errors().getOrDefault(timing.what(), 0)));
        }
        md.append("\n").append(over.isEmpty() ? "**Live seminar: within budget.**\n"
                : "**Live seminar over budget: " + String.join("; ", over) + ".**\n");
        md.append("""

                Where the time goes: the slowest requests of the measured room are its navigations (building the \
                audience view, 20–35 ms on a quiet machine); the app's GC log (`-Xlog:gc`) shows its pauses of 10 ms \
                or more at start-up, before the rooms. A cold JVM is slower (the first room's row above); the JDK's \
                ahead-of-time cache shortens that (start-up section). Batching holds: neither leader screen was \
                pushed more than the batch window allows.
                """);
        return md.toString();
    }

    /** One row of the figures table: what, how much, the budget (empty if none) and whether it was kept. */
    record Figure(String what, String measured, String budget, boolean pass) {

        String verdict() {
            return budget.isEmpty() ? "" : pass ? "pass" : "**over budget**";
        }
    }

    /** The figures of one run, in the order the table shows them; the same rows for every run. */
    static List<Figure> figures(LiveLoadResult result) {
        LiveLoadSettings settings = result.settings();
        List<Figure> figures = new ArrayList<>();
        row(figures, "errors", String.valueOf(result.errorCount()), "0", result.errorCount() == 0);
        row(figures, "answers acknowledged / stored", result.acknowledged() + " / " + result.stored(),
                "equal, " + settings.students(), result.lost() == 0 && result.acknowledged() == settings.students());
        Timing window = result.window();
        row(figures, "join and answer, p95", ms(window.p95()), ms(LiveLoadResult.P95_BUDGET_MS),
                window.p95() < LiveLoadResult.P95_BUDGET_MS);
        row(figures, "join and answer, p99", ms(window.p99()), "", true);
        row(figures, "join and answer after the window's first %d s: p95 / p99 (%d requests)".formatted(
                LiveLoadResult.COLD_START.toSeconds(), result.warmWindow().millis().size()),
                ms(result.warmWindow().p95()) + " / " + ms(result.warmWindow().p99()), "", true);
        row(figures, "cold: the first room after start (%d students), join and answer p95 / max".formatted(
                settings.rehearsalStudents()),
                ms(result.rehearsal().p95()) + " / " + ms(result.rehearsal().max()), "", true);
        row(figures, "projector count right after the last answer",
                result.projectorLagMillis() < 0 ? "never (last " + result.projectorLastCount() + ")"
                        : result.projectorLagMillis() + " ms",
                LiveLoadResult.PROJECTOR_BUDGET_MS + " ms", result.projectorLagMillis() >= 0
                        && result.projectorLagMillis() <= LiveLoadResult.PROJECTOR_BUDGET_MS);
        row(figures, "presenter console count right after the last answer",
                result.presenterLagMillis() < 0 ? "never (last " + result.presenterLastCount() + ")"
                        : result.presenterLagMillis() + " ms", "", true);
        row(figures, "CPU the nodes used from the window's start until the projector settled: "
                + "in all / per student", "%.1f s / %.0f ms".formatted(result.appCpuSeconds(),
                1000 * result.appCpuSeconds() / Math.max(1, result.acknowledged())), "", true);
        LiveLoadResult.Pushes pushes = result.pushes();
        row(figures, "pushes to the projector: most in one second (total over %.0f s)".formatted(pushes.seconds()),
                pushes.projectorMostInOneSecond() + " (" + pushes.projector() + ")",
                String.valueOf(LiveLoadResult.PUSHES_PER_SECOND_BUDGET),
                pushes.projectorMostInOneSecond() <= LiveLoadResult.PUSHES_PER_SECOND_BUDGET);
        row(figures, "pushes to the presenter console: most in one second (total)",
                pushes.presenterMostInOneSecond() + " (" + pushes.presenter() + ")",
                String.valueOf(LiveLoadResult.PUSHES_PER_SECOND_BUDGET),
                pushes.presenterMostInOneSecond() <= LiveLoadResult.PUSHES_PER_SECOND_BUDGET);
        return figures;
    }

    /** The live heap of the node that served the room (one node: every student). */
    static List<Figure> heapFigures(LiveLoadResult result) {
        List<Figure> figures = new ArrayList<>();
        row(figures, "live heap per audience session (the view, its UI and Vaadin session)",
                "%.0f KiB".formatted(result.heapPerAudienceSessionKiB()), "", true);
        row(figures, "live heap per student, sign-in included (HTTP session, security context)",
                "%.0f KiB".formatted(result.heapPerSignedInStudentKiB()), "", true);
        return figures;
    }

    private static void row(List<Figure> figures, String figure, String measured, String budget, boolean pass) {
        figures.add(new Figure(figure, measured, budget, pass));
    }

    static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }
}
