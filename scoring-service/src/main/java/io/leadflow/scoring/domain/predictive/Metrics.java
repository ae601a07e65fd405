package io.leadflow.scoring.domain.predictive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The evaluation maths over predicted likelihoods and real outcomes (1 = won), all in plain Java. */
public final class Metrics {

    private Metrics() {}

    /**
     * ROC AUC: the chance that a random won lead is ranked above a random lost one, ties counting half
     * (Mann-Whitney U over average ranks). NaN when one of the classes is absent.
     */
    public static double rocAuc(double[] predicted, boolean[] won) {
        int n = predicted.length;
        Integer[] order = sortedAscending(predicted);
        double[] rank = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double average = (i + j) / 2d + 1;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = average;
            }
            i = j + 1;
        }
        long positives = IntStream.range(0, n).filter(k -> won[k]).count();
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double positiveRanks = IntStream.range(0, n)
                .filter(k -> won[k])
                .mapToDouble(k -> rank[k])
                .sum();
        return (positiveRanks - positives * (positives + 1) / 2d) / ((double) positives * negatives);
    }

    /**
     * Lift in the top decile: the won share among the 10 % of leads with the highest likelihood divided by the won
     * share of all leads (1 = no better than picking at random). NaN without any won lead.
     */
    public static double topDecileLift(double[] predicted, boolean[] won) {
        int n = predicted.length;
        long positives = IntStream.range(0, n).filter(k -> won[k]).count();
        if (n == 0 || positives == 0) {
            return Double.NaN;
        }
        Integer[] order = sortedAscending(predicted);
        int top = Math.max(1, (int) Math.ceil(n / 10d));
        long wonInTop = IntStream.range(n - top, n).filter(k -> won[order[k]]).count();
        return ((double) wonInTop / top) / ((double) positives / n);
    }

    /** Predicted against observed by decile of predicted likelihood, lowest first (fewer bins for fewer leads). */
    public static List<CalibrationBin> calibration(double[] predicted, boolean[] won) {
        int n = predicted.length;
        Integer[] order = sortedAscending(predicted);
        int bins = Math.min(10, n);
        List<CalibrationBin> result = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) b * n / bins);
            int to = (int) ((long) (b + 1) * n / bins);
            double sumPredicted = 0;
            int wonCount = 0;
            for (int k = from; k < to; k++) {
                sumPredicted += predicted[order[k]];
                wonCount += won[order[k]] ? 1 : 0;
            }
            int size = to - from;
            result.add(new CalibrationBin(b + 1, size, sumPredicted / size, (double) wonCount / size));
        }
        return result;
    }

    private static Integer[] sortedAscending(double[] predicted) {
        Integer[] order = IntStream.range(0, predicted.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> predicted[k]));
        return order;
    }
}
