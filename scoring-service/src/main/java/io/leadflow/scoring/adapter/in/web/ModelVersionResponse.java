package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.application.port.in.ModelVersionView;
import java.time.Instant;

/** One model version: status, times and the document as stored (JSON). */
public record ModelVersionResponse(
        String modelId,
        int version,
        String status,
        Instant createdAt,
        Instant publishedAt,
        Instant archivedAt,
        Object document) {

    static ModelVersionResponse of(ModelVersionView view) {
        return new ModelVersionResponse(
                view.modelId(),
                view.version(),
                view.status().name(),
                view.createdAt(),
                view.publishedAt(),
                view.archivedAt(),
                view.document());
    }
}
