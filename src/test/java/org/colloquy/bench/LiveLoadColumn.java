package org.colloquy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.colloquy.bench.LiveLoadSection.Figure;

/**
 * One run of the live seminar load on PostgreSQL, as one column of the section that sets two nodes beside one: its
 * figures and what it ran on. Each run is its own JVM (one Gatling execution), so the column is kept in a small
 * tab-separated file until the other run has finished.
 */
record LiveLoadColumn(int nodes, String measuredOn, String loadAverage, double signInSeconds, List<Figure> figures,
                      List<String> overBudget) {

    private static final String TAB = "\t";
    private static final String NO_FIGURE = "";

    LiveLoadColumn {
        figures = List.copyOf(figures);
        overBudget = List.copyOf(overBudget);
    }

    /** The file a run on this many nodes keeps its column in. */
    static Path file(Path folder, int nodes) {
        return folder.resolve(nodes == 1 ? "1-node.tsv" : nodes + "-nodes.tsv");
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(TAB, String.valueOf(nodes), measuredOn, loadAverage, String.valueOf(signInSeconds),
                String.join("; ", overBudget)));
        for (Figure figure : figures) {
            lines.add(String.join(TAB, clean(figure.what()), clean(figure.measured()), clean(figure.budget()),
                    String.valueOf(figure.pass())));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The column kept in this file, if a run left one there. */
    static Optional<LiveLoadColumn> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] head = lines.getFirst().split(TAB, -1);
        List<Figure> figures = lines.subList(1, lines.size()).stream().map(line -> line.split(TAB, -1))
                .map(cells -> new Figure(cells[0], cells[1], cells[2], Boolean.parseBoolean(cells[3]))).toList();
        List<String> over = head[4].isEmpty() ? List.of() : Arrays.asList(head[4].split("; "));
        return Optional.of(new LiveLoadColumn(Integer.parseInt(head[0]), head[1], head[2],
                Double.parseDouble(head[3]), figures, over));
    }

    /** The measured value of the figure in this row, or nothing when this column has fewer rows. */
    String measured(int row) {
        return row < figures.size() ? figures.get(row).measured() : NO_FIGURE;
    }

    private static String clean(String cell) {
        return cell.replace(TAB, " ").replace("\n", " ");
    }
}
