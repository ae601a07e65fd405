package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.List;

/**
 * A lead as scoring sees it: stage, score with its reasons and the model behind it, and the complete stage timeline.
 *
 * @param email the address for display, or {@code null} while the profile is unknown
 * @param qualifiedAt when the lead last became an MQL, or {@code null}
 */
public record LeadView(
        LeadId leadId,
        LifecycleStage stage,
        int score,
        String model,
        int modelVersion,
        List<String> reasons,
        String email,
        Instant qualifiedAt,
        List<TimelineEntry> timeline) {

    public LeadView {
        reasons = List.copyOf(reasons);
        timeline = List.copyOf(timeline);
    }

    /** One stage move, oldest first in {@link LeadView#timeline()}. */
    public record TimelineEntry(
            LifecycleStage from, LifecycleStage to, String reason, String actor, Instant occurredAt) {
    }
}
