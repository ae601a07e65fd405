package io.leadflow.scoring.domain.predictive;

/**
 * How predictive versions are trained, judged and published.
 *
 * @param minimum the fewest won and lost outcomes training accepts (cold start)
 * @param holdOutPercent the latest share of outcomes, by time, kept out of training to judge the version
 * @param aucFloor the least hold-out ROC AUC a version needs to be published
 * @param salesThresholdPercent the likelihood at which the predictive score would send a lead to sales (comparison)
 * @param rounds boosting rounds (trees)
 * @param maxDepth the deepest a tree grows
 * @param learningRate how much each tree adds (XGBoost's eta)
 * @param seed the seed of the trainer's random choices, so a training is repeatable
 * @param threads how many threads one training uses (1 keeps a busy machine responsive; more on a dedicated one)
 */
public record PredictiveSettings(
        TrainingMinimum minimum,
        int holdOutPercent,
        double aucFloor,
        int salesThresholdPercent,
        int rounds,
        int maxDepth,
        double learningRate,
        long seed,
        int threads) {

    public static PredictiveSettings defaults() {
        return new PredictiveSettings(new TrainingMinimum(30, 30), 20, 0.6, 50, 150, 4, 0.1, 42, 1);
    }
}
