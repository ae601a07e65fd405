package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveModel;

/** Names a predictive model; its versions come from training. */
public interface CreatePredictiveModelUseCase {

    /** The new model; a {@link PredictiveConflictException} when the id is taken. */
    PredictiveModel create(CreatePredictiveModelCommand command);
}
