package org.colloquy.seminar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.seminar.ChoiceCount;

/**
 * How the room answered a poll or a scale: horizontal bars drawn on the server as SVG for the projector's black
 * screen, with the same numbers as a table for screen readers. Labels are escaped; counts are numbers.
 */
final class DistributionChart {

    private static final int WIDTH = 960;
    private static final int ROW = 64;
    private static final int LABEL = 330;
    private static final int BAR = 40;

    private DistributionChart() {
    }

    /** {@code scaleMax} keeps two charts shown side by side on the same scale. */
    static Div of(String title, List<ChoiceCount> counts, int scaleMax, String colour) {
        int total = counts.stream().mapToInt(ChoiceCount::count).sum();
        Paragraph heading = new Paragraph(title + " · " + total + (total == 1 ? " answer" : " answers"));
        heading.addClassName("chart-title");
        Image chart = new Image(dataUrl(counts, scaleMax, colour), title + ": " + counts.stream()
                .map(count -> count.label() + " " + count.count()).collect(Collectors.joining(", ")));
        chart.addClassName("distribution-chart");
        Div box = new Div(heading, chart, table(title, counts, total));
        box.addClassName("distribution");
        return box;
    }

    static int largest(List<ChoiceCount> counts) {
        return counts.stream().mapToInt(ChoiceCount::count).max().orElse(0);
    }

    static String dataUrl(List<ChoiceCount> counts, int scaleMax, String colour) {
        int max = Math.max(1, scaleMax);
        int total = Math.max(1, counts.stream().mapToInt(ChoiceCount::count).sum());
        int barSpace = WIDTH - LABEL - 140;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(counts.size() * ROW)
                .append("' font-family='system-ui, sans-serif' font-size='30' fill='#fff'>");
        for (int i = 0; i < counts.size(); i++) {
            ChoiceCount count = counts.get(i);
            int y = i * ROW;
            int length = Math.round((float) barSpace * count.count() / max);
            svg.append("<text x='").append(LABEL - 16).append("' y='").append(y + ROW / 2 + 10)
                    .append("' text-anchor='end'>").append(escape(shorten(count.label()))).append("</text>")
                    .append("<rect x='").append(LABEL).append("' y='").append(y + (ROW - BAR) / 2)
                    .append("' width='").append(WIDTH - LABEL - 140).append("' height='").append(BAR)
                    .append("' fill='#262626'/>")
                    .append("<rect x='").append(LABEL).append("' y='").append(y + (ROW - BAR) / 2)
                    .append("' width='").append(length).append("' height='").append(BAR).append("' fill='")
                    .append(colour).append("'/>")
                    .append("<text x='").append(WIDTH - 124).append("' y='").append(y + ROW / 2 + 10)
                    .append("' font-weight='700'>").append(count.count()).append(" · ")
                    .append(Math.round(100f * count.count() / total)).append("%</text>");
        }
        svg.append("</svg>");
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static NativeTable table(String title, List<ChoiceCount> counts, int total) {
        NativeTable table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Answer");
        head.addHeaderCell().setText("Chosen by");
        for (ChoiceCount count : counts) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(count.label());
            row.addDataCell().setText(count.count() + " of " + total);
        }
        table.addClassName("visually-hidden");
        return table;
    }

    private static String shorten(String label) {
        return label.length() <= 20 ? label : label.substring(0, 19) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
