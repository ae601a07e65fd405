package io.leadflow.kernel.event;

/** A lead's score changed; nurturing watches these to recycle leads that re-engage. */
public record LeadScoredEvent(
        EventMetadata metadata, String model, int modelVersion, int score, String fitGrade, int engagementGrade)
        implements IntegrationEvent {

    public static final String TYPE = "LeadScored";
    public static final int VERSION = 1;

    public LeadScoredEvent {
        metadata.requireType(TYPE);
        Events.require(model, "model");
    }
}
