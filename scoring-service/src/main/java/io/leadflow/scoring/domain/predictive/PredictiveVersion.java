package io.leadflow.scoring.domain.predictive;

import io.leadflow.scoring.domain.model.ModelStatus;
import java.time.Instant;

/**
 * One trained version of a predictive model: never changed once trained, only published (the model's former
 * published version is archived) or archived, like a rule model's versions. The trees themselves are kept beside it.
 */
public record PredictiveVersion(
        String modelId,
        int version,
        ModelStatus status,
        Instant trainedAt,
        String trainedBy,
        FeatureSpace features,
        Evaluation evaluation,
        Instant publishedAt,
        String publishedBy,
        String archivedBy) {

    public PredictiveVersion published(Instant at, String by) {
        return new PredictiveVersion(
                modelId, version, ModelStatus.PUBLISHED, trainedAt, trainedBy, features, evaluation, at, by, null);
    }

    public PredictiveVersion archived(String by) {
        return new PredictiveVersion(
                modelId,
                version,
                ModelStatus.ARCHIVED,
                trainedAt,
                trainedBy,
                features,
                evaluation,
                publishedAt,
                publishedBy,
                by);
    }
}
