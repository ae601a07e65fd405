package io.leadflow.ingestion.domain;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One thing a lead did, as it enters the append-only log. The event id is the sender's idempotency key: the same id
 * twice is the same engagement.
 */
public record Engagement(
        UUID eventId,
        LeadId leadId,
        EngagementType type,
        Channel channel,
        Instant occurredAt,
        String source,
        String campaign,
        Map<String, String> properties) {

    public Engagement {
        if (eventId == null || leadId == null || type == null || channel == null || occurredAt == null) {
            throw new IllegalArgumentException("an engagement needs an id, a lead, a type, a channel and a time");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
