package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Nurturing recycled a lead: it re-engaged and goes back to sales, with the history of its earlier cycles. */
public record RecycleLeadCommand(
        UUID eventId,
        LeadId leadId,
        String trigger,
        int recycleCount,
        List<String> history,
        Instant occurredAt,
        String correlationId) {

    public RecycleLeadCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
