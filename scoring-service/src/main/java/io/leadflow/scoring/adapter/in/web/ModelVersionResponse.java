package io.leadflow.scoring.adapter.in.web;

import java.time.Instant;

/** One model version: status, times and the document as stored (JSON). */
public record ModelVersionResponse(
        String modelId,
        int version,
        String status,
        Instant createdAt,
        Instant publishedAt,
        Instant archivedAt,
        Object document) {}
