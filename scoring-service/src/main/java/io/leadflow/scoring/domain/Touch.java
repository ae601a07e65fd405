package io.leadflow.scoring.domain;

import io.leadflow.kernel.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * How a lead first reached us: channel, source and campaign of its earliest engagement (by occurred-at, ties by event
 * id, so arrival order does not matter). Qualifications and reports attribute the lead to this first touch.
 */
public record Touch(UUID eventId, Instant occurredAt, Channel channel, String source, String campaign) {

    public static Touch of(Engagement event) {
        return new Touch(event.eventId(), event.occurredAt(), event.channel(), event.source(), event.campaign());
    }

    /** The earlier of the two touches. */
    public Touch earlier(Touch other) {
        if (other == null) {
            return this;
        }
        int byTime = occurredAt.compareTo(other.occurredAt);
        return byTime < 0 || byTime == 0 && eventId.compareTo(other.eventId) < 0 ? this : other;
    }

    public String describe() {
        return channel
                + (source == null ? "" : ", source " + source)
                + (campaign == null ? "" : ", campaign " + campaign);
    }
}
