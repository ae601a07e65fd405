package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.UUID;

/** An engagement that ingestion recorded for a lead; the event id makes a redelivery harmless. */
public record ScoreEngagementCommand(
        UUID eventId, LeadId leadId, EngagementType type, Instant occurredAt, String correlationId) {

    public ScoreEngagementCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(type, "type");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
    }
}
