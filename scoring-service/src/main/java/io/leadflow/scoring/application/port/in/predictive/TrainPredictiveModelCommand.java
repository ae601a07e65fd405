package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.kernel.InvalidValueException;

/** Train a new version of the model from the outcomes known now; {@code actor} is the person, key or schedule. */
public record TrainPredictiveModelCommand(String modelId, String actor) {

    public TrainPredictiveModelCommand {
        if (modelId == null || modelId.isBlank()) {
            throw new InvalidValueException("modelId", "modelId.required", "which model to train");
        }
    }
}
