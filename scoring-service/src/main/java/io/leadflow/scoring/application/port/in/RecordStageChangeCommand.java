package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A stage move some service made and announced, with its own event id. */
public record RecordStageChangeCommand(
        UUID eventId,
        LeadId leadId,
        LifecycleStage from,
        LifecycleStage to,
        String reason,
        String actor,
        Instant occurredAt,
        String correlationId,
        BigDecimal amount,
        String currency,
        String assignedTo) {

    public RecordStageChangeCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(from, "from");
        Require.present(to, "to");
        Require.text(actor, "actor");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
    }

    /** A move without a deal amount or a rep. */
    public RecordStageChangeCommand(
            UUID eventId,
            LeadId leadId,
            LifecycleStage from,
            LifecycleStage to,
            String reason,
            String actor,
            Instant occurredAt,
            String correlationId) {
        this(eventId, leadId, from, to, reason, actor, occurredAt, correlationId, null, null, null);
    }
}
