package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.util.List;

/** A predictive model with its versions, oldest first. */
public record PredictiveModelView(PredictiveModel model, List<PredictiveVersion> versions) {

    public PredictiveModelView {
        versions = List.copyOf(versions);
    }
}
