package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.domain.predictive.Evaluation;
import io.leadflow.scoring.domain.predictive.Feature;
import io.leadflow.scoring.domain.predictive.PredictiveVersion;
import java.time.Instant;
import java.util.List;

/**
 * One trained version: status and who trained, published and archived it, its columns (feature keys) and its hold-out
 * evaluation (AUC, top-decile lift, calibration by decile, comparison with the published rule models).
 */
public record PredictiveVersionResponse(
        String modelId,
        int version,
        String status,
        Instant trainedAt,
        String trainedBy,
        Instant publishedAt,
        String publishedBy,
        String archivedBy,
        List<String> features,
        Evaluation evaluation) {

    static PredictiveVersionResponse of(PredictiveVersion version) {
        return new PredictiveVersionResponse(
                version.modelId(),
                version.version(),
                version.status().name(),
                version.trainedAt(),
                version.trainedBy(),
                version.publishedAt(),
                version.publishedBy(),
                version.archivedBy(),
                version.features().features().stream().map(Feature::key).toList(),
                version.evaluation());
    }
}
