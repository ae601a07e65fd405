package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A lead in marketing's list: who (e-mail, company; unknown until the profile arrives), where it stands (stage,
 * segment score and grade), how it first reached us (channel of the first touch) and, when its score qualifies but its
 * model requires data it lacks, the attributes it waits for ({@code needsData}, empty otherwise).
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
        @Nullable Instant updatedAt,
        List<String> needsData) {

    public LeadSummary {
        needsData = List.copyOf(needsData);
    }
}
