package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.UUID;

/**
 * Who a lead is, as of {@code occurredAt}: a full snapshot, so the newest one wins.
 *
 * @param email the address for display; may be unknown ({@code null})
 * @param freeMail whether the address is a consumer mailbox, which takes points and blocks fast-track
 */
public record RecordProfileCommand(
        UUID eventId, LeadId leadId, String email, boolean freeMail, Instant occurredAt, String correlationId) {

    public RecordProfileCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
    }
}
