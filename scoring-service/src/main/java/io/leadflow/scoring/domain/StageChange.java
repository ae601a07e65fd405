package io.leadflow.scoring.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/**
 * One move of a lead along the lifecycle, by any service: an entry of the lead's timeline. The event id is the id of
 * the {@code LeadStageChanged} event that announced it, so an echo or a redelivery is recognised.
 */
public record StageChange(
        UUID eventId, LifecycleStage from, LifecycleStage to, String reason, String actor, Instant occurredAt) {

    public StageChange {
        require(eventId, "eventId");
        require(from, "from");
        require(to, "to");
        require(actor, "actor");
        require(occurredAt, "occurredAt");
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + ".required", "a stage change needs " + field);
        }
    }
}
