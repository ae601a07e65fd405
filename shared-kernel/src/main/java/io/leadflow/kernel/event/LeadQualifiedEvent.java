package io.leadflow.kernel.event;

import java.util.List;

/**
 * A lead became an MQL. It carries the reasons a sales rep reads in the hand-off ("why was this qualified?") so
 * that hand-off never has to ask scoring.
 */
public record LeadQualifiedEvent(
        EventMetadata metadata,
        String model,
        int modelVersion,
        int score,
        String fitGrade,
        int engagementGrade,
        boolean fastTrack,
        List<String> reasons) implements IntegrationEvent {

    public static final String TYPE = "LeadQualified";
    public static final int VERSION = 1;

    public LeadQualifiedEvent {
        metadata.requireType(TYPE);
        Events.require(model, "model");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
