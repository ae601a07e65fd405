package io.leadflow.scoring.config;

import io.leadflow.scoring.domain.predictive.PredictiveSettings;
import io.leadflow.scoring.domain.predictive.TrainingMinimum;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The predictive score (docs/predictive-scoring.md): the fewest won and lost outcomes training accepts, the share of
 * the latest outcomes held out to judge a version, the least hold-out AUC a version needs to be published, the
 * likelihood at which the comparison counts a lead as sent to sales, the trees' shape and training threads, and the training schedule
 * (a cron expression, "-" for none) with the quiet period after a training in which the schedule leaves a model alone.
 */
@ConfigurationProperties("leadflow.predictive")
public record PredictiveProperties(
        @DefaultValue("30") int minWon,
        @DefaultValue("30") int minLost,
        @DefaultValue("20") int holdOutPercent,
        @DefaultValue("0.6") double aucFloor,
        @DefaultValue("50") int salesThresholdPercent,
        @DefaultValue("150") int rounds,
        @DefaultValue("4") int maxDepth,
        @DefaultValue("0.1") double learningRate,
        @DefaultValue("42") long seed,
        @DefaultValue("1") int threads,
        @DefaultValue("0 30 2 * * *") String trainingCron,
        @DefaultValue("12h") Duration scheduleQuietPeriod) {

    public PredictiveSettings toSettings() {
        return new PredictiveSettings(
                new TrainingMinimum(minWon, minLost),
                holdOutPercent,
                aucFloor,
                salesThresholdPercent,
                rounds,
                maxDepth,
                learningRate,
                seed,
                threads);
    }
}
