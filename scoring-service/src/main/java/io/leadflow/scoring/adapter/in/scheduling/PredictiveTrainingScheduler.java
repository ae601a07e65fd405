package io.leadflow.scoring.adapter.in.scheduling;

import io.leadflow.scoring.application.port.in.predictive.TrainPredictiveModelUseCase;
import io.leadflow.scoring.application.port.in.predictive.TrainingRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trains a new draft version of every predictive model on the configured cron ({@code leadflow.predictive.training-cron};
 * "-" turns it off). A model trained within the quiet period is left alone, so replicas sharing the schedule do not
 * each add a version; a model without enough outcomes is skipped until it has them.
 */
@Component
class PredictiveTrainingScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(PredictiveTrainingScheduler.class);

    private final TrainPredictiveModelUseCase training;

    PredictiveTrainingScheduler(TrainPredictiveModelUseCase training) {
        this.training = training;
    }

    @Scheduled(cron = "${leadflow.predictive.training-cron:0 30 2 * * *}")
    void train() {
        try {
            TrainingRound round = training.trainAll("schedule");
            round.trained()
                    .forEach(version -> LOG.info(
                            "predictive model {} trained on schedule: version {}, hold-out AUC {}",
                            version.modelId(),
                            version.version(),
                            version.evaluation().auc()));
            round.skipped()
                    .forEach((model, reason) ->
                            LOG.info("predictive model {} not trained on schedule: {}", model, reason));
        } catch (RuntimeException e) {
            LOG.warn("scheduled predictive training failed; it runs again at the next time", e);
        }
    }
}
