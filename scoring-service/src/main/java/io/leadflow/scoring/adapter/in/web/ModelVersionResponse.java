package io.leadflow.scoring.adapter.in.web;

import java.time.Instant;

/** One model version: status, times, who published and archived it, and the document as stored (JSON). */
public record ModelVersionResponse(
        String modelId,
        int version,
        String status,
        Instant createdAt,
        Instant publishedAt,
        Instant archivedAt,
        Object document,
        String publishedBy,
        String archivedBy) {}
