package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.PredictiveEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a version's two charts, drawn by the page as inline SVG (every number goes through the template's
 * attribute escaping): calibration, the mean predicted likelihood (x) against the observed won share (y) per decile with
 * the diagonal a calibrated version follows; and lift, each decile's won share over the hold-out's, as bars with the
 * line at 1 (no better than random). Coordinates are in a 300 × 300 box with the plot in [40, 280] × [20, 260].
 */
record PredictiveCharts(List<Dot> calibration, String calibrationLine, List<Bar> lift, double liftOne, String liftTop) {

    static final int LEFT = 40;
    static final int BOTTOM = 260;
    static final int PLOT = 240;

    /** A decile's point on the calibration chart and its label for assistive technology and tooltips. */
    record Dot(String x, String y, String label) {}

    /** A decile's lift bar: its box, the decile under it and the value in words. */
    record Bar(String x, String y, String width, String height, String labelX, int decile, String label) {}

    static PredictiveCharts of(PredictiveEvaluation evaluation) {
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (PredictiveEvaluation.Decile d : evaluation.calibration()) {
            String x = number(LEFT + clamp(d.predicted()) * PLOT);
            String y = number(BOTTOM - clamp(d.observed()) * PLOT);
            dots.add(new Dot(
                    x,
                    y,
                    "Decile " + d.decile() + ": predicted " + percent(d.predicted()) + ", observed "
                            + percent(d.observed()) + " of " + d.leads() + " leads"));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        double base = evaluation.baseWonShare();
        List<Double> lifts = evaluation.calibration().stream()
                .map(d -> base == 0 ? 0.0 : d.observed() / base)
                .toList();
        double top = Math.max(
                2,
                Math.ceil(lifts.stream().mapToDouble(Double::doubleValue).max().orElse(1)));
        double slot = (double) PLOT / Math.max(1, lifts.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < lifts.size(); i++) {
            double height = lifts.get(i) / top * PLOT;
            int decile = evaluation.calibration().get(i).decile();
            bars.add(new Bar(
                    number(LEFT + i * slot + 2),
                    number(BOTTOM - height),
                    number(slot - 4),
                    number(height),
                    number(LEFT + i * slot + slot / 2),
                    decile,
                    "Decile " + decile + ": lift " + String.format(Locale.ROOT, "%.2f", lifts.get(i))));
        }
        return new PredictiveCharts(
                dots, line.toString(), bars, BOTTOM - PLOT / top, String.format(Locale.ROOT, "%.0f", top));
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
