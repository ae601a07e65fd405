package io.leadflow.kernel.event;

import io.leadflow.kernel.RejectionReason;

/** Sales turned a lead down; marketing gets it back with the reason and the rep's note. */
public record LeadRejectedEvent(EventMetadata metadata, RejectionReason reason, String note, String rejectedBy)
        implements IntegrationEvent {

    public static final String TYPE = "LeadRejected";
    public static final int VERSION = 1;

    public LeadRejectedEvent {
        metadata.requireType(TYPE);
        Events.require(reason, "reason");
        Events.require(rejectedBy, "rejectedBy");
    }
}
