package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.application.port.in.predictive.PredictiveModelView;
import java.time.Instant;
import java.util.List;

/** A predictive model with its versions, oldest first. */
public record PredictiveModelResponse(
        String id, String description, Instant createdAt, String createdBy, List<PredictiveVersionResponse> versions) {

    static PredictiveModelResponse of(PredictiveModelView view) {
        return new PredictiveModelResponse(
                view.model().id(),
                view.model().description(),
                view.model().createdAt(),
                view.model().createdBy(),
                view.versions().stream().map(PredictiveVersionResponse::of).toList());
    }
}
