package io.leadflow.scoring.application.port.in;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Who a lead is, as of {@code occurredAt}: a full snapshot, so the newest one wins.
 *
 * @param email the address for display; may be unknown ({@code null})
 * @param attributes the profile by {@code ProfileAttributes} names, including {@code freeMail}
 */
public record RecordProfileCommand(
        UUID eventId,
        LeadId leadId,
        String email,
        Map<String, String> attributes,
        Instant occurredAt,
        String correlationId) {

    public RecordProfileCommand {
        Require.present(eventId, "eventId");
        Require.present(leadId, "leadId");
        Require.present(occurredAt, "occurredAt");
        Require.text(correlationId, "correlationId");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
