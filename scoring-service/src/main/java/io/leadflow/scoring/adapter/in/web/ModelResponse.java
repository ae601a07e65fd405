package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.domain.model.ModelStatus;
import java.util.List;

/** A model with the status of each of its versions (documents at the version's own address). */
public record ModelResponse(String modelId, Integer publishedVersion, List<VersionSummary> versions) {

    /** One version's number, status and times. */
    public record VersionSummary(
            int version,
            String status,
            java.time.Instant createdAt,
            java.time.Instant publishedAt,
            java.time.Instant archivedAt) {}

    static ModelResponse of(List<ModelVersionView> versions) {
        return new ModelResponse(
                versions.getFirst().modelId(),
                versions.stream()
                        .filter(v -> v.status() == ModelStatus.PUBLISHED)
                        .map(ModelVersionView::version)
                        .findFirst()
                        .orElse(null),
                versions.stream()
                        .map(v -> new VersionSummary(
                                v.version(), v.status().name(), v.createdAt(), v.publishedAt(), v.archivedAt()))
                        .toList());
    }
}
