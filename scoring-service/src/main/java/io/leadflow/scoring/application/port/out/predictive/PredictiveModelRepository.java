package io.leadflow.scoring.application.port.out.predictive;

import io.leadflow.scoring.domain.predictive.PredictiveModel;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.util.List;
import java.util.Optional;

/**
 * Predictive models, their trained versions (evaluation and columns) and each version's trees. At most one version of
 * a model is published at a time; versions are numbered 1, 2, ... per model.
 */
public interface PredictiveModelRepository {

    /** Stores a new model; false when a model with its id exists already. */
    boolean create(PredictiveModel model);

    Optional<PredictiveModel> model(String id);

    /** The model, locked until the transaction ends, so that two changes of its versions never interleave. */
    Optional<PredictiveModel> lock(String id);

    List<PredictiveModel> models();

    /** The model's versions, oldest first. */
    List<PredictiveVersion> versions(String modelId);

    Optional<PredictiveVersion> version(String modelId, int version);

    /** Stores a trained version under the model's next number (the given number is ignored) with its trees. */
    PredictiveVersion add(PredictiveVersion trained, byte[] trees);

    /** Saves a version's new status and who changed it. */
    void update(PredictiveVersion version);

    /** The trees of a version. */
    byte[] trees(String modelId, int version);

    /** Every model's published version, by model id. */
    List<PredictiveVersion> published();
}
