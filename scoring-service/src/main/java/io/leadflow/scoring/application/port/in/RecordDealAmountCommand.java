package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A deal's new amount at the stage it stands at (OPPORTUNITY or WON), announced with its own event id. */
public record RecordDealAmountCommand(
        UUID eventId, LeadId leadId, LifecycleStage stage, BigDecimal amount, String currency, Instant occurredAt) {

    public RecordDealAmountCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(stage, "stage");
        Require.present(amount, "amount");
        Require.text(currency, "currency");
        Require.present(occurredAt, "occurredAt");
    }
}
