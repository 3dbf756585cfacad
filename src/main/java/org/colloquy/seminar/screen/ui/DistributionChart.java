package org.colloquy.seminar.screen.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.colloquy.seminar.session.ChoiceCount;
import org.colloquy.seminar.session.ui.ChoiceLabels;

/**
 * How the room answered a poll or a scale: horizontal bars drawn on the server as SVG for the projector's black
 * screen, one bar per series in each row (before and now, side by side), with the same numbers as a table for
 * screen readers. Poll options are long sentences: the chart names them A, B, C… and a legend under it gives
 * the full text. Labels are escaped; counts are numbers.
 */
public final class DistributionChart {

    /** One set of counts, such as the room's answers now or to the same claim earlier. */
    record Series(String name, List<ChoiceCount> counts, String colour) {

        int total() {
            return counts.stream().mapToInt(ChoiceCount::count).sum();
        }
    }

    private static final int WIDTH = 960;
    private static final int LEGEND_LINE = 44;
    private static final int BAR = 34;

    private DistributionChart() {
    }

    static Div of(String title, List<Series> series, boolean lettered) {
        Paragraph heading = new Paragraph(title);
        heading.addClassName("chart-title");
        List<ChoiceCount> rows = series.getFirst().counts();
        Image chart = new Image(dataUrl(series, lettered), series.stream().map(DistributionChart::describe)
                .collect(Collectors.joining("; ")));
        chart.addClassName("distribution-chart");
        Div box = new Div(heading, chart);
        box.addClassName("distribution");
        if (lettered) {
            OrderedList legend = new OrderedList(OrderedList.NumberingType.UPPERCASE_LETTER);
            legend.addClassName("chart-legend");
            rows.forEach(row -> legend.add(new ListItem(ChoiceLabels.of(row))));
            box.add(legend);
        }
        box.add(table(title, series));
        return box;
    }

    private static String describe(Series series) {
        return series.name() + ": " + series.counts().stream().map(count -> ChoiceLabels.of(count) + " " + count.count())
                .collect(Collectors.joining(", "));
    }

    static String dataUrl(List<Series> series, boolean lettered) {
        int max = Math.max(1, series.stream().flatMap(one -> one.counts().stream()).mapToInt(ChoiceCount::count)
                .max().orElse(1));
        int rowCount = series.getFirst().counts().size();
        int rowHeight = series.size() * (BAR + 6) + 22;
        int top = series.size() > 1 ? series.size() * LEGEND_LINE + 8 : 0;
        int label = lettered ? 64 : 300;
        int barSpace = WIDTH - label - 170;
        int height = top + rowCount * rowHeight;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH)
                .append("' height='").append(height).append("' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
                .append("' font-family='system-ui, sans-serif' font-size='30' fill='#fff'>"); // not interface text
        if (series.size() > 1) {
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                int y = s * LEGEND_LINE;
                svg.append("<rect x='").append(label).append("' y='").append(y + 6).append("' width='28' height='28' fill='")
                        .append(one.colour()).append("'/><text x='").append(label + 42).append("' y='").append(y + 31)
                        .append("' font-size='28'>")
                        .append(escape(I18NProvider.translate("seminar.chart.series-total", one.name(), one.total())))
                        .append("</text>");
            }
        }
        for (int row = 0; row < rowCount; row++) {
            int y = top + row * rowHeight + 11;
            String name = lettered ? String.valueOf((char) ('A' + row)) : ChoiceLabels.of(series.getFirst().counts().get(row));
            svg.append("<text x='").append(label - 18).append("' y='").append(y + (rowHeight - 22) / 2 + 10)
                    .append("' text-anchor='end'>").append(escape(name)).append("</text>");
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                int count = one.counts().get(row).count();
                int barY = y + s * (BAR + 6);
                int length = Math.round((float) barSpace * count / max);
                svg.append("<rect x='").append(label).append("' y='").append(barY).append("' width='").append(barSpace)
                        .append("' height='").append(BAR).append("' fill='#262626'/>")
                        .append("<rect x='").append(label).append("' y='").append(barY).append("' width='")
                        .append(length).append("' height='").append(BAR).append("' fill='").append(one.colour())
                        .append("'/>")
                        .append("<text x='").append(label + barSpace + 16).append("' y='").append(barY + BAR - 7)
                        .append("' font-weight='700' font-size='28'>").append(count).append(" · ")
                        .append(Math.round(100f * count / Math.max(1, one.total()))).append("%</text>");
            }
        }
        svg.append("</svg>");
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static NativeTable table(String title, List<Series> series) {
        NativeTable table = new NativeTable();
        table.setCaptionText(title);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(I18NProvider.translate("seminar.chart.answer"));
        series.forEach(one -> head.addHeaderCell().setText(one.name()));
        List<ChoiceCount> rows = series.getFirst().counts();
        for (int row = 0; row < rows.size(); row++) {
            NativeTableRow line = table.getBody().addRow();
            line.addHeaderCell().setText(ChoiceLabels.of(rows.get(row)));
            for (Series one : series) {
                line.addDataCell().setText(I18NProvider.translate("seminar.chart.count-of-total",
                        one.counts().get(row).count(), one.total()));
            }
        }
        table.addClassName("visually-hidden");
        return table;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
