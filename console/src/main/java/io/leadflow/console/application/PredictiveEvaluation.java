package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a version did on the hold-out (the latest outcomes, which it did not learn from): ROC AUC (null without won or
 * lost deals there), the lift in the top decile, calibration per decile of predicted likelihood, and the comparison
 * with the published rule models: won deals each would have sent to sales and MQLs each would have made.
 */
public record PredictiveEvaluation(
        int trainingLeads,
        int trainingWon,
        int holdOutLeads,
        int holdOutWon,
        int holdOutPercent,
        @Nullable Instant holdOutFrom,
        @Nullable Double auc,
        @Nullable Double topDecileLift,
        List<Decile> calibration,
        @Nullable Comparison comparison) {

    /** One decile of predicted likelihood (1 = lowest): its leads, mean predicted likelihood and observed won share. */
    public record Decile(int decile, int leads, double predicted, double observed) {}

    /** The version against the published rule models on the same held-out leads. */
    public record Comparison(
            int leads,
            int wonDeals,
            int salesThresholdPercent,
            int predictiveWonSent,
            int predictiveMqls,
            int rulesWonSent,
            int rulesMqls,
            List<String> ruleModels) {

        public Comparison {
            ruleModels = List.copyOf(ruleModels);
        }
    }

    public PredictiveEvaluation {
        calibration = List.copyOf(calibration);
    }

    /** The won share of all held-out leads, the base a decile's lift is measured against (0 without leads). */
    public double baseWonShare() {
        return holdOutLeads == 0 ? 0 : (double) holdOutWon / holdOutLeads;
    }
}
