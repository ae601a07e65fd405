package io.leadflow.handoff.benchmark;

import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of measured milliseconds, printed in one line. */
final class Percentiles {

    private Percentiles() {}

    static String summary(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "no samples";
        }
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.0f ms p90=%.0f ms p99=%.0f ms max=%.0f ms",
                sorted.size(),
                at(sorted, 0.50),
                at(sorted, 0.90),
                at(sorted, 0.99),
                sorted.getLast());
    }

    private static double at(List<Double> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
