package io.leadflow.scoring.domain.predictive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lead's likelihood of being won under one published predictive version, 0 to 100 %, with the features that moved
 * it most (largest shares first).
 */
public record Likelihood(String model, int version, int percent, double probability, List<Reason> reasons) {

    /** How many reasons a lead's likelihood lists. */
    public static final int REASONS = 6;

    public Likelihood {
        reasons = List.copyOf(reasons);
    }

    /** A probability (0 to 1) as the whole percent a rule compares and a rep reads. */
    public static int percentOf(double probability) {
        return (int) Math.round(probability * 100);
    }

    /**
     * The likelihood from the predicted probability and the per-feature contributions (one per feature, then the
     * base); features that did not move it are left out.
     */
    public static Likelihood of(
            String model, int version, FeatureSpace space, float[] row, double probability, double[] contributions) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < space.size(); i++) {
            if (contributions[i] != 0d) {
                reasons.add(Reason.of(space.features().get(i), row[i], contributions[i]));
            }
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution()))
                .thenComparing(Reason::feature));
        return new Likelihood(
                model,
                version,
                percentOf(probability),
                probability,
                reasons.subList(0, Math.min(REASONS, reasons.size())));
    }
}
