package io.leadflow.console.application.port.out;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import java.util.List;

/**
 * Scoring's predictive models ({@code /api/v1/predictive-models}), for those who may edit scoring models. Training
 * is refused while too few won or lost outcomes are known, publishing below the AUC floor: both as problems whose
 * figures the page shows.
 */
public interface PredictiveModelApi {

    List<PredictiveModel> models(Caller caller);

    PredictiveModel model(Caller caller, String modelId);

    PredictiveVersion version(Caller caller, String modelId, int version);

    PredictiveModel create(Caller caller, String modelId, String description);

    /** A new draft version trained from every outcome known now. */
    PredictiveVersion train(Caller caller, String modelId);

    PredictiveVersion publish(Caller caller, String modelId, int version);

    PredictiveVersion archive(Caller caller, String modelId, int version);
}
