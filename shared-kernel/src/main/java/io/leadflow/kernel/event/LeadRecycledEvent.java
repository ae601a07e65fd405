package io.leadflow.kernel.event;

/** A nurtured lead re-engaged and goes back to sales; the count says how many times it has come round. */
public record LeadRecycledEvent(EventMetadata metadata, String trigger, int recycleCount) implements IntegrationEvent {

    public static final String TYPE = "LeadRecycled";
    public static final int VERSION = 1;

    public LeadRecycledEvent {
        metadata.requireType(TYPE);
        Events.require(trigger, "trigger");
    }
}
