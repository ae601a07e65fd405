package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A predictive model with its versions, newest first, as scoring lists it. */
public record PredictiveModel(
        String id,
        @Nullable String description,
        @Nullable Instant createdAt,
        @Nullable String createdBy,
        List<PredictiveVersion> versions) {

    public PredictiveModel {
        versions = List.copyOf(versions);
    }

    /** The version that gives leads their likelihood now, if any. */
    public Optional<PredictiveVersion> published() {
        return versions.stream().filter(PredictiveVersion::published).findFirst();
    }
}
