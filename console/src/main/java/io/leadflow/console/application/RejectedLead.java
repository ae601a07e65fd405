package io.leadflow.console.application;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A lead sales rejected: why, who, when, and the nurture track it went onto (none: null). */
public record RejectedLead(
        UUID leadId,
        String reason,
        @Nullable String note,
        @Nullable String rejectedBy,
        @Nullable String trackKey,
        @Nullable String trackName,
        String status,
        @Nullable Instant rejectedAt) {}
