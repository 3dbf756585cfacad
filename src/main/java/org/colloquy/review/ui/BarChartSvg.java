package org.colloquy.review.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Arrays;

/**
 * A grouped bar chart drawn on the server as SVG and shown as an image, so no chart library and no npm build
 * is needed. Every label is XML-escaped; the image carries a text alternative and the view shows the same
 * numbers as a table.
 */
final class BarChartSvg {

    private static final int BAR = 22;
    private static final int GAP = 34;
    private static final int HEIGHT = 160;
    private static final int TOP = 20;
    private static final int LINE = 13;
    private static final int LONGEST_LINE = 12;
    private static final String[] COLOURS = {"#8aa6cc", "#1f4f8f"};

    private BarChartSvg() {
    }

    /** One group per label; {@code series.get(s)[g]} is the value of series {@code s} in group {@code g}. */
    static String dataUrl(List<String> labels, List<String> seriesNames, List<int[]> series) {
        int max = Math.max(1, series.stream().flatMapToInt(Arrays::stream).max().orElse(1));
        int groupWidth = seriesNames.size() * BAR + GAP;
        int width = labels.size() * groupWidth + 40;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width).append("' height='")
                .append(HEIGHT + 40 + LINE + 16 * seriesNames.size() + 10).append("' font-family='sans-serif' font-size='11'>");
        for (int g = 0; g < labels.size(); g++) {
            int x0 = 30 + g * groupWidth;
            for (int s = 0; s < seriesNames.size(); s++) {
                int value = series.get(s)[g];
                int height = Math.round((float) HEIGHT * value / max);
                int x = x0 + s * BAR;
                svg.append("<rect x='").append(x).append("' y='").append(TOP + HEIGHT - height).append("' width='")
                        .append(BAR - 3).append("' height='").append(height).append("' fill='")
                        .append(COLOURS[s % COLOURS.length]).append("'/>")
                        .append("<text x='").append(x + (BAR - 3) / 2).append("' y='").append(TOP + HEIGHT - height - 4)
                        .append("' text-anchor='middle'>").append(value).append("</text>");
            }
            int centre = x0 + seriesNames.size() * BAR / 2;
            svg.append("<text x='").append(centre).append("' y='").append(TOP + HEIGHT + 16)
                    .append("' text-anchor='middle'>");
            List<String> lines = lines(labels.get(g));
            for (int line = 0; line < lines.size(); line++) {
                svg.append("<tspan x='").append(centre).append("' dy='").append(line == 0 ? 0 : LINE).append("'>")
                        .append(escape(lines.get(line))).append("</tspan>");
            }
            svg.append("</text>");
        }
        for (int s = 0; s < seriesNames.size(); s++) {
            int y = TOP + HEIGHT + 36 + LINE + s * 16;
            svg.append("<rect x='10' y='").append(y - 10).append("' width='12' height='12' fill='")
                    .append(COLOURS[s % COLOURS.length]).append("'/><text x='28' y='").append(y).append("'>")
                    .append(escape(seriesNames.get(s))).append("</text>");
        }
        svg.append("</svg>");
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A label too wide for its group ("Совершенно не согласен") on two lines, broken at the space nearest its middle. */
    static List<String> lines(String label) {
        if (label.length() <= LONGEST_LINE || label.indexOf(' ') < 0) {
            return List.of(label);
        }
        int middle = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return List.of(label.substring(0, best), label.substring(best + 1));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
