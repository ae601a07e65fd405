package io.leadflow.nurturing.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import java.time.Instant;
import java.util.UUID;

/**
 * Sales turned a lead down, as marketing receives it: the reason, the rep's note and who decided. The id is the
 * id of the event that reported it, so the same rejection reported twice is recognised.
 */
public record Rejection(
        UUID id, LeadId leadId, RejectionReason reason, String note, String rejectedBy, Instant rejectedAt) {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_REJECTED_BY = 200;

    public Rejection {
        require(id, "eventId");
        require(leadId, "leadId");
        require(reason, "reason");
        require(rejectedAt, "rejectedAt");
        if (rejectedBy == null || rejectedBy.isBlank()) {
            throw new InvalidValueException("rejectedBy", "rejectedBy.required", "who rejected the lead is required");
        }
        if (rejectedBy.length() > MAX_REJECTED_BY) {
            throw new InvalidValueException(
                    "rejectedBy", "rejectedBy.length", "rejectedBy is at most " + MAX_REJECTED_BY + " characters");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidValueException("note", "note.length", "a note is at most " + MAX_NOTE + " characters");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        rejectedBy = rejectedBy.strip();
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }
}
