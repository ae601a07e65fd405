package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveVersion;

/**
 * Publishes a trained version (the model's former published version is archived): from then on its likelihood is
 * shown for every lead. Refused with {@link AucBelowFloorException} when its hold-out AUC is below the floor.
 */
public interface PublishPredictiveModelUseCase {

    PredictiveVersion publish(ChangePredictiveVersionCommand command);

    /** Retires a version; it is no longer shown. */
    PredictiveVersion archive(ChangePredictiveVersionCommand command);
}
