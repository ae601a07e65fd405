package io.leadflow.handoff.application.port.in;

import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A lead's whole current profile (ProfileChangedEvent), as of {@code occurredAt}. */
public record RecordLeadProfileCommand(
        UUID eventId, LeadId leadId, String email, Map<String, String> attributes, Instant occurredAt) {

    public RecordLeadProfileCommand {
        Commands.require(eventId, "eventId");
        Commands.require(leadId, "leadId");
        Commands.require(occurredAt, "occurredAt");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
