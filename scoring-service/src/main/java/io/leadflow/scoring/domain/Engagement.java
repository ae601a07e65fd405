package io.leadflow.scoring.domain;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One engagement as scoring keeps it in the lead's event store. The event id is its identity: a lead's engagements are
 * a set keyed by it, so a redelivered event never counts twice.
 *
 * @param customType the admin-registered name when the type is CUSTOM, else {@code null}
 */
public record Engagement(
        UUID eventId,
        EngagementType type,
        String customType,
        Channel channel,
        String source,
        String campaign,
        Map<String, String> properties,
        Instant occurredAt) {

    public Engagement {
        if (eventId == null || type == null || occurredAt == null) {
            throw new InvalidValueException(
                    "engagement", "engagement.required", "an engagement needs its event id, type and time");
        }
        channel = channel == null ? Channel.OTHER : channel;
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** Older first; equal times by event id, so any order of arrival sorts the same. */
    public boolean isBefore(Engagement other) {
        int byTime = occurredAt.compareTo(other.occurredAt);
        return byTime < 0 || byTime == 0 && eventId.compareTo(other.eventId) < 0;
    }
}
