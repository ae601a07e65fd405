package io.leadflow.kernel.event;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import java.util.Map;

/**
 * Something a lead did, as ingestion stored it. Scoring scores the set of these per lead, in any order. A type that an
 * admin registered is {@link EngagementType#CUSTOM} with its registered name in {@code customType}, so that scoring
 * rules can match it by name. {@code consent} is the person's consent standing when this engagement changed it (an
 * unsubscribe, a withdrawal it carried; null otherwise): it also travels on {@code lead.consent}, but a consumer that
 * gets the engagement first keeps it before acting on the engagement, so that a withdrawal is never outrun by the
 * engagement that carried it.
 */
public record EngagementRecordedEvent(
        EventMetadata metadata,
        EngagementType engagementType,
        String customType,
        Channel channel,
        String source,
        String campaign,
        Map<String, String> properties,
        ConsentChangedEvent consent)
        implements IntegrationEvent {

    public static final String TYPE = "EngagementRecorded";
    public static final int VERSION = 1;

    public EngagementRecordedEvent {
        metadata.requireType(TYPE);
        Events.require(engagementType, "engagementType");
        Events.require(channel, "channel");
        if (engagementType == EngagementType.CUSTOM) {
            Events.require(customType, "customType");
        } else {
            customType = null;
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    /** An engagement that changed no consent standing. */
    public EngagementRecordedEvent(
            EventMetadata metadata,
            EngagementType engagementType,
            String customType,
            Channel channel,
            String source,
            String campaign,
            Map<String, String> properties) {
        this(metadata, engagementType, customType, channel, source, campaign, properties, null);
    }
}
