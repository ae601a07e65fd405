package io.leadflow.nurturing.application.port.in;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.time.Instant;
import java.util.UUID;

/**
 * Something another service reported about a lead that may end its nurturing: a new score, an engagement, or a
 * stage change. Exactly one of {@code score}, {@code engagement} and {@code stage} is set.
 */
public record LeadSignalCommand(
        UUID eventId,
        LeadId leadId,
        Integer score,
        EngagementType engagement,
        LifecycleStage stage,
        String actor,
        Instant occurredAt,
        String correlationId) {

    public LeadSignalCommand {
        if (eventId == null || leadId == null || occurredAt == null || correlationId == null) {
            throw new InvalidValueException(
                    "event",
                    "event.incomplete",
                    "a lead signal needs an event id, a lead, a time and a correlation id");
        }
        int set = (score == null ? 0 : 1) + (engagement == null ? 0 : 1) + (stage == null ? 0 : 1);
        if (set != 1) {
            throw new InvalidValueException("event", "event.signal", "a lead signal is one score, engagement or stage");
        }
    }

    public static LeadSignalCommand scored(UUID eventId, LeadId leadId, int score, Instant at, String correlationId) {
        return new LeadSignalCommand(eventId, leadId, score, null, null, null, at, correlationId);
    }

    public static LeadSignalCommand engaged(
            UUID eventId, LeadId leadId, EngagementType type, Instant at, String correlationId) {
        return new LeadSignalCommand(eventId, leadId, null, type, null, null, at, correlationId);
    }

    public static LeadSignalCommand staged(
            UUID eventId, LeadId leadId, LifecycleStage to, String actor, Instant at, String correlationId) {
        return new LeadSignalCommand(eventId, leadId, null, null, to, actor, at, correlationId);
    }
}
