package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Why scoring handed this lead to sales: the score, whether a buying signal fast-tracked it, and the reasons a rep
 * reads. The event id makes a repeated qualification recognisable; the correlation id follows the lead's journey.
 */
public record Qualification(
        UUID eventId,
        LeadId leadId,
        int score,
        boolean fastTrack,
        List<String> reasons,
        Instant qualifiedAt,
        String correlationId) {

    public Qualification {
        if (eventId == null || leadId == null || qualifiedAt == null || correlationId == null) {
            throw new IllegalArgumentException(
                    "a qualification needs an event id, a lead, a time and a correlation id");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
