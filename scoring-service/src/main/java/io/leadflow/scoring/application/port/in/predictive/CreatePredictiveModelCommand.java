package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveModel;
import java.time.Instant;

/** A new predictive model's id and description, and who creates it. */
public record CreatePredictiveModelCommand(String id, String description, String actor) {

    public CreatePredictiveModelCommand {
        // the model validates id and description; checked here so a bad command never reaches a service
        new PredictiveModel(id, description, Instant.EPOCH, actor);
    }
}
