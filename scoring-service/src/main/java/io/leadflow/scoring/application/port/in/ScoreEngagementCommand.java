package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An engagement that ingestion recorded for a lead; the event id makes a redelivery harmless. */
public record ScoreEngagementCommand(
        UUID eventId,
        LeadId leadId,
        EngagementType type,
        String customType,
        Channel channel,
        String source,
        String campaign,
        Map<String, String> properties,
        Instant occurredAt,
        String correlationId) {

    public ScoreEngagementCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(type, "type");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
