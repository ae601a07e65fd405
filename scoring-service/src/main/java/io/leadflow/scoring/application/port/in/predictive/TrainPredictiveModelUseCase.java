package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveVersion;

/**
 * Trains a new draft version from every lead with a known outcome, holding the latest outcomes out to evaluate it.
 * Refused with {@link NotEnoughOutcomesException} while too few won or lost outcomes are known.
 */
public interface TrainPredictiveModelUseCase {

    PredictiveVersion train(TrainPredictiveModelCommand command);

    /**
     * Trains every model not trained within the quiet period; a model refused for want of outcomes is skipped and
     * named in the round.
     */
    TrainingRound trainAll(String actor);
}
