package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.nurturing.domain.Rejection;
import java.time.Instant;
import java.util.UUID;

/**
 * A rejection reported by hand-off. The event id makes a redelivered report recognisable; the correlation id is
 * carried on to the stage change this causes.
 */
public record EnrollRejectedLeadCommand(
        UUID eventId,
        LeadId leadId,
        RejectionReason reason,
        String note,
        String rejectedBy,
        Instant rejectedAt,
        String correlationId) {

    public EnrollRejectedLeadCommand {
        if (correlationId == null || correlationId.isBlank()) {
            throw new InvalidValueException("correlationId", "correlationId.required", "correlationId is required");
        }
        toRejection(eventId, leadId, reason, note, rejectedBy, rejectedAt);
    }

    public Rejection rejection() {
        return toRejection(eventId, leadId, reason, note, rejectedBy, rejectedAt);
    }

    private static Rejection toRejection(
            UUID eventId, LeadId leadId, RejectionReason reason, String note, String rejectedBy, Instant rejectedAt) {
        return new Rejection(eventId, leadId, reason, note, rejectedBy, rejectedAt);
    }
}
