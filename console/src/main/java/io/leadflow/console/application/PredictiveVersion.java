package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One trained version of a predictive model: status (DRAFT, PUBLISHED, ARCHIVED), who trained, published and archived
 * it, its columns and its evaluation on the hold-out (null when scoring sent none).
 */
public record PredictiveVersion(
        String modelId,
        int version,
        String status,
        @Nullable Instant trainedAt,
        @Nullable String trainedBy,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        @Nullable String archivedBy,
        List<String> features,
        @Nullable PredictiveEvaluation evaluation) {

    public PredictiveVersion {
        features = List.copyOf(features);
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public boolean archived() {
        return "ARCHIVED".equals(status);
    }
}
