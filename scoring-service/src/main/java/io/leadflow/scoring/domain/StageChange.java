package io.leadflow.scoring.domain;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One move of a lead along the lifecycle, by any service: an entry of the lead's timeline. The event id is the id of
 * the {@code LeadStageChanged} event that announced it, so an echo or a redelivery is recognised. A deal's move
 * (OPPORTUNITY, WON) carries its amount and currency; a sales move names the rep holding the lead.
 */
public record StageChange(
        UUID eventId,
        LifecycleStage from,
        LifecycleStage to,
        String reason,
        String actor,
        Instant occurredAt,
        BigDecimal amount,
        String currency,
        String assignedTo) {

    /** A move without a deal amount or a rep. */
    public StageChange(
            UUID eventId, LifecycleStage from, LifecycleStage to, String reason, String actor, Instant occurredAt) {
        this(eventId, from, to, reason, actor, occurredAt, null, null, null);
    }

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
