package io.leadflow.scoring.application.port.in.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.util.List;

/** Reads predictive models and their versions with their evaluations. */
public interface FindPredictiveModelQuery {

    List<PredictiveModelView> models();

    /** A {@link PredictiveModelNotFoundException} for an unknown model. */
    PredictiveModelView model(String modelId);

    /** A {@link PredictiveModelNotFoundException} for an unknown model or version. */
    PredictiveVersion version(String modelId, int version);
}
