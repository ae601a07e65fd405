package io.leadflow.console.application;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead in marketing's list: who (e-mail, company; unknown until the profile arrives), where it stands (stage,
 * segment score and grade) and how it first reached us (channel of the first touch).
 */
public record LeadSummary(
        UUID id,
        @Nullable String email,
        @Nullable String company,
        String stage,
        int score,
        String grade,
        @Nullable String segment,
        @Nullable String channel,
        @Nullable Instant qualifiedAt,
        @Nullable Instant updatedAt) {}
