package io.leadflow.kernel.event;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.UUID;

/**
 * What every integration event carries. The event id is the consumer's idempotency key, the type and version say
 * how to read the payload, and the correlation id ties a lead's journey together across services.
 * Fields are JDK types so that the JSON on the wire stays flat and readable by any tool.
 */
public record EventMetadata(
        UUID eventId, String eventType, int version, UUID leadId, Instant occurredAt, String correlationId) {

    public EventMetadata {
        require(eventId, "eventId");
        require(eventType, "eventType");
        require(leadId, "leadId");
        require(occurredAt, "occurredAt");
        require(correlationId, "correlationId");
        if (eventType.isBlank()) {
            throw new InvalidValueException("eventType", "eventType.required", "an event type is required");
        }
        if (version < 1) {
            throw new InvalidValueException("version", "version.positive", "a schema version starts at 1");
        }
    }

    /** Metadata for a new event with a fresh id. */
    public static EventMetadata create(
            String eventType, int version, LeadId leadId, Instant occurredAt, String correlationId) {
        return new EventMetadata(UUID.randomUUID(), eventType, version, leadId.value(), occurredAt, correlationId);
    }

    public LeadId lead() {
        return new LeadId(leadId);
    }

    void requireType(String expected) {
        if (!expected.equals(eventType)) {
            throw new InvalidValueException(
                    "eventType",
                    "eventType.mismatch",
                    "metadata says " + eventType + " but the payload is " + expected);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", field + " is required");
        }
    }
}
