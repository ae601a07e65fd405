package io.leadflow.scoring.domain.predictive;

import java.time.Instant;
import java.util.List;

/**
 * How a trained version did on the hold-out (the latest outcomes, which it did not learn from): ROC AUC, lift in the
 * top decile, calibration by decile, and the comparison with the published rule models.
 *
 * @param holdOutFrom the time of the earliest outcome in the hold-out
 * @param auc ROC AUC on the hold-out; {@code null} when the hold-out lacks won or lost deals
 * @param topDecileLift the won share in the top decile over the overall won share; {@code null} without won deals
 */
public record Evaluation(
        int trainingLeads,
        int trainingWon,
        int holdOutLeads,
        int holdOutWon,
        int holdOutPercent,
        Instant holdOutFrom,
        Double auc,
        Double topDecileLift,
        List<CalibrationBin> calibration,
        Comparison comparison) {

    public Evaluation {
        calibration = List.copyOf(calibration);
    }

    public static Evaluation of(HoldOut split, int holdOutPercent, double[] predicted, Comparison comparison) {
        boolean[] won = new boolean[split.holdOut().size()];
        for (int i = 0; i < won.length; i++) {
            won[i] = split.holdOut().get(i).outcome().won();
        }
        return new Evaluation(
                split.training().size(),
                (int) split.training().stream().filter(l -> l.outcome().won()).count(),
                won.length,
                comparison.wonDeals(),
                holdOutPercent,
                split.holdOut().isEmpty()
                        ? null
                        : split.holdOut().getFirst().outcome().at(),
                defined(Metrics.rocAuc(predicted, won)),
                defined(Metrics.topDecileLift(predicted, won)),
                Metrics.calibration(predicted, won),
                comparison);
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
