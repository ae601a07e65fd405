package io.leadflow.console.application;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One engagement in a lead's history, as ingestion recorded it. */
public record LeadEvent(
        UUID id,
        String type,
        @Nullable Instant occurredAt,
        @Nullable String channel,
        @Nullable String source,
        @Nullable String campaign) {}
