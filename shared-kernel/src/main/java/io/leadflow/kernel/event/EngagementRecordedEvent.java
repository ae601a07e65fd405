package io.leadflow.kernel.event;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import java.util.Map;

/**
 * Something a lead did, as ingestion stored it. Scoring scores the set of these per lead, in any order. A type that an
 * admin registered is {@link EngagementType#CUSTOM} with its registered name in {@code customType}, so that scoring
 * rules can match it by name.
 */
public record EngagementRecordedEvent(
        EventMetadata metadata,
        EngagementType engagementType,
        String customType,
        Channel channel,
        String source,
        String campaign,
        Map<String, String> properties)
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
}
