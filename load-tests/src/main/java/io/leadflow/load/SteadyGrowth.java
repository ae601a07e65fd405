package io.leadflow.load;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * When a soak series grows steadily: a least-squares line through the samples of the second half of the run (the first
 * half is warm-up: pools fill, the JIT compiles, tables fill their retention windows) whose slope, carried over the
 * whole run, adds more than the allowed growth, and which fits the samples well ({@code R² >= }{@value #MIN_FIT}).
 * The allowed growth is a share of the series' level (its mean over that half) or an absolute floor, whichever is
 * larger, so that a count of three threads or an empty queue does not fail on one more.
 *
 * <p>What passes: a flat series with noise (slope near zero, poor fit), a sawtooth heap (a young collection's rise
 * and fall fits no line), a table at its plateau. What fails: a slow leak, as small as the allowance, that the
 * noise around it does not hide.
 */
public record SteadyGrowth(double tolerance, double floor) {

    /** The least R² of the fitted line for growth to count as steady rather than noise or a sawtooth. */
    public static final double MIN_FIT = 0.6;

    /** Samples of the second half needed for a verdict; with fewer the series passes as not judged. */
    static final int MIN_SAMPLES = 4;

    public SteadyGrowth {
        if (tolerance < 0 || floor < 0) {
            throw new IllegalArgumentException("tolerance and floor must not be negative");
        }
    }

    /**
     * One series' verdict.
     *
     * @param first the first sample's value
     * @param last the last sample's value
     * @param max the largest value
     * @param slopePerMinute the fitted slope over the second half, per minute
     * @param projected that slope carried over the whole run
     * @param allowed the growth allowed over the run
     * @param fit R² of the line over the second half (0 when there were too few samples)
     * @param growing whether the series grows steadily (the run fails)
     */
    public record Verdict(
            double first,
            double last,
            double max,
            double slopePerMinute,
            double projected,
            double allowed,
            double fit,
            boolean growing) {}

    /** Judges samples {@code (seconds since the start, value)} in time order. */
    public Verdict judge(List<double[]> samples) {
        if (samples.isEmpty()) {
            return new Verdict(0, 0, 0, 0, 0, floor, 0, false);
        }
        double start = samples.getFirst()[0];
        double end = samples.getLast()[0];
        double half = start + (end - start) / 2;
        double max = samples.stream().mapToDouble(s -> s[1]).max().orElse(0);
        SimpleRegression line = new SimpleRegression();
        double sum = 0;
        for (double[] sample : samples) {
            if (sample[0] >= half) {
                line.addData(sample[0], sample[1]);
                sum += sample[1];
            }
        }
        double first = samples.getFirst()[1];
        double last = samples.getLast()[1];
        long n = line.getN();
        if (n < MIN_SAMPLES) {
            return new Verdict(first, last, max, 0, 0, floor, 0, false);
        }
        double slope = line.getSlope();
        double fit = Double.isNaN(line.getRSquare()) ? 0 : line.getRSquare();
        double projected = slope * (end - start);
        double allowed = Math.max(tolerance * Math.abs(sum / n), floor);
        return new Verdict(
                first, last, max, slope * 60, projected, allowed, fit, projected > allowed && fit >= MIN_FIT);
    }
}
