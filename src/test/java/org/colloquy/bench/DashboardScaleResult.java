package org.colloquy.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.colloquy.bench.DashboardScaleBenchmark.DashboardView;
import org.colloquy.bench.GenerateScaleData.Generated;

/** Everything the dashboard-scale benchmark measured, and what of it is over budget. */
record DashboardScaleResult(Generated generated, List<DashboardView> views, List<Timing> viewTimes,
                            List<Timing> serviceTimes, List<Timing> largeOverviews, List<ExportResult> exports,
                            int warmup, int runs, String loadAverage) {

    boolean viewWithinBudget(Timing timing) {
        return timing.p95() < DashboardScaleBenchmark.VIEW_BUDGET_MS;
    }

    /** Growth of the live heap during the largest export minus that during the smallest, per format, in MiB. */
    double extraGrowthMib(String format) {
        List<ExportResult> ofFormat = exports.stream().filter(export -> export.format().equals(format))
                .sorted(Comparator.comparingInt(ExportResult::rows)).toList();
        if (ofFormat.size() < 2) {
            return 0;
        }
        return (ofFormat.getLast().liveGrowthBytes() - ofFormat.getFirst().liveGrowthBytes()) / 1048576.0;
    }

    boolean exportFlat(String format) {
        return extraGrowthMib(format) <= DashboardScaleBenchmark.EXPORT_GROWTH_TOLERANCE_MIB;
    }

    List<String> formats() {
        return exports.stream().map(ExportResult::format).distinct().toList();
    }

    List<String> overBudget() {
        List<String> over = new ArrayList<>();
        for (Timing timing : viewTimes) {
            if (!viewWithinBudget(timing)) {
                over.add(String.format(Locale.ROOT, "%s p95 %.0f ms (budget %.0f ms)", timing.what(), timing.p95(),
                        DashboardScaleBenchmark.VIEW_BUDGET_MS));
            }
        }
        for (String format : formats()) {
            if (!exportFlat(format)) {
                over.add(String.format(Locale.ROOT, "%s export heap grows %.1f MiB more at the largest size", format,
                        extraGrowthMib(format)));
            }
        }
        return over;
    }
}
