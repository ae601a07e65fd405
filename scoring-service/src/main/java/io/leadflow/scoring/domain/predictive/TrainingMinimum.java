package io.leadflow.scoring.domain.predictive;

/**
 * Cold start: a model learns nothing useful from a handful of deals, so training needs at least this many won and
 * this many lost outcomes.
 */
public record TrainingMinimum(int won, int lost) {

    public TrainingMinimum {
        if (won < 1 || lost < 1) {
            throw new IllegalArgumentException("training needs at least one won and one lost outcome");
        }
    }

    /** How many won outcomes are still missing (0 when enough). */
    public int missingWon(int known) {
        return Math.max(0, won - known);
    }

    /** How many lost outcomes are still missing (0 when enough). */
    public int missingLost(int known) {
        return Math.max(0, lost - known);
    }
}
