package io.leadflow.kernel.event;

import io.leadflow.kernel.Channel;
import java.util.List;

/**
 * A lead became an MQL. It carries the reasons a sales rep reads in the hand-off ("why was this qualified?"), and the
 * segment, channel, source and campaign that routing rules and conversion reports group by, so that hand-off never has
 * to ask scoring. Segment, channel, source and campaign may be null when scoring does not know them.
 */
public record LeadQualifiedEvent(
        EventMetadata metadata,
        String model,
        int modelVersion,
        int score,
        String fitGrade,
        int engagementGrade,
        boolean fastTrack,
        List<String> reasons,
        String segment,
        Channel channel,
        String source,
        String campaign)
        implements IntegrationEvent {

    public static final String TYPE = "LeadQualified";
    public static final int VERSION = 1;

    public LeadQualifiedEvent {
        metadata.requireType(TYPE);
        Events.require(model, "model");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
