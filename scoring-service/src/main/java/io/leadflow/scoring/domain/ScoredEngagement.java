package io.leadflow.scoring.domain;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.UUID;

/**
 * One engagement as scoring counts it. The event id is its identity: a lead's engagements are a set keyed by it, so
 * a redelivered event never counts twice.
 */
public record ScoredEngagement(UUID eventId, EngagementType type, Instant occurredAt) {

    public ScoredEngagement {
        if (eventId == null) {
            throw new InvalidValueException("eventId", "eventId.required", "an engagement needs its event id");
        }
        if (type == null) {
            throw new InvalidValueException("type", "type.required", "an engagement needs a type");
        }
        if (occurredAt == null) {
            throw new InvalidValueException("occurredAt", "occurredAt.required", "an engagement needs a time");
        }
    }
}
