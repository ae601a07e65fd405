package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.UUID;

/** Nurturing recycled a lead: it re-engaged and goes back to sales. */
public record RecycleLeadCommand(
        UUID eventId, LeadId leadId, String trigger, int recycleCount, Instant occurredAt, String correlationId) {

    public RecycleLeadCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
    }
}
