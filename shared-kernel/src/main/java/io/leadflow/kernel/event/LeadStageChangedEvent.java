package io.leadflow.kernel.event;

import io.leadflow.kernel.IllegalStageTransitionException;
import io.leadflow.kernel.LifecycleStage;

/** A lead moved along the lifecycle; the actor is the service, or the person, that moved it. */
public record LeadStageChangedEvent(
        EventMetadata metadata, LifecycleStage from, LifecycleStage to, String reason, String actor)
        implements IntegrationEvent {

    public static final String TYPE = "LeadStageChanged";
    public static final int VERSION = 1;

    public LeadStageChangedEvent {
        metadata.requireType(TYPE);
        Events.require(from, "from");
        Events.require(to, "to");
        Events.require(actor, "actor");
        if (!from.canMoveTo(to)) {
            throw new IllegalStageTransitionException(from, to, "not a lifecycle move");
        }
    }
}
