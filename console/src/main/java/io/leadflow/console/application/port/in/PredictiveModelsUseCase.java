package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.PredictiveModel;
import io.leadflow.console.application.PredictiveVersion;
import java.util.List;

/**
 * What marketing does with predictive models: read them, their versions and each version's evaluation; create one,
 * train a new version, publish a version (the former published one is archived) and archive one.
 */
public interface PredictiveModelsUseCase {

    /** The models by id, each with its versions newest first. */
    List<PredictiveModel> models(Caller caller);

    PredictiveModel model(Caller caller, String modelId);

    PredictiveVersion version(Caller caller, String modelId, int version);

    PredictiveModel create(Caller caller, String modelId, String description);

    PredictiveVersion train(Caller caller, String modelId);

    PredictiveVersion publish(Caller caller, String modelId, int version);

    PredictiveVersion archive(Caller caller, String modelId, int version);
}
