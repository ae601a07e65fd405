package io.leadflow.scoring.adapter.in.web;

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
}
