package io.leadflow.ingestion.domain;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One thing a person did, as it enters the append-only log. The event id is the sender's idempotency key: the same id
 * twice is the same engagement. An engagement of a visitor we cannot name yet has no lead but an identity (an
 * anonymous id or a user id); it is attributed to the lead once that identity is linked to an e-mail address.
 */
public record Engagement(
        UUID eventId,
        LeadId leadId,
        String identity,
        EngagementType type,
        String customType,
        Channel channel,
        Instant occurredAt,
        String source,
        String campaign,
        Map<String, String> properties,
        String correlationId,
        String sourceApi) {

    public Engagement {
        if (eventId == null || type == null || channel == null || occurredAt == null) {
            throw new IllegalArgumentException("an engagement needs an id, a type, a channel and a time");
        }
        if (leadId == null && identity == null) {
            throw new IllegalArgumentException("an engagement belongs to a lead or to an identity");
        }
        if ((type == EngagementType.CUSTOM) != (customType != null)) {
            throw new IllegalArgumentException("a custom type name goes with the CUSTOM type, and only with it");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public boolean isAttributed() {
        return leadId != null;
    }

    public Engagement attributedTo(LeadId lead) {
        return new Engagement(eventId, lead, identity, type, customType, channel, occurredAt, source, campaign,
                properties, correlationId, sourceApi);
    }
}
