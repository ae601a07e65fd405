package io.leadflow.scoring.application.port.in;

import java.util.List;

/** Reads models, versions and re-scoring progress. */
public interface FindScoringModelQuery {

    /** Every model with all its versions. */
    List<List<ModelVersionView>> models();

    /** @throws ModelNotFoundException for an unknown model */
    List<ModelVersionView> versions(String modelId);

    /** @throws ModelNotFoundException for an unknown model or version */
    ModelVersionView version(String modelId, int version);

    /** @throws ModelNotFoundException when the version was never published */
    RescoringView rescoring(String modelId, int version);
}
