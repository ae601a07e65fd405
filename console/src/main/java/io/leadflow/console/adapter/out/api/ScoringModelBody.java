package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.ScoringModelSummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Scoring's {@code ModelResponse}: a model with the status of each version. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ScoringModelBody(
        String modelId,
        @Nullable Integer publishedVersion,
        @Nullable List<VersionBody> versions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionBody(
            int version,
            String status,
            @Nullable Instant createdAt,
            @Nullable Instant publishedAt,
            @Nullable Instant archivedAt) {}

    ScoringModelSummary toSummary() {
        return new ScoringModelSummary(
                modelId,
                publishedVersion,
                versions == null
                        ? List.of()
                        : versions.stream()
                                .map(v -> new ScoringModelSummary.Version(
                                        v.version(), v.status(), v.createdAt(), v.publishedAt(), v.archivedAt()))
                                .toList());
    }
}
