package io.leadflow.kernel.event;

import java.time.Instant;

/**
 * A hand-off missed one of its SLA deadlines. It travels on the lifecycle stream because it is part of a lead's story
 * with sales; {@code reassignedTo} names the rep who got the lead with a fresh clock, or is null when nobody did.
 */
public record SlaBreachedEvent(
        EventMetadata metadata, String handoffId, String deadline, Instant dueAt, String assignee, String reassignedTo)
        implements IntegrationEvent {

    public static final String TYPE = "SlaBreached";
    public static final int VERSION = 1;

    /** The deadline to accept a hand-off. */
    public static final String ACCEPT = "accept";
    /** The deadline to qualify or reject an accepted hand-off. */
    public static final String DECIDE = "decide";

    public SlaBreachedEvent {
        metadata.requireType(TYPE);
        Events.require(handoffId, "handoffId");
        Events.require(deadline, "deadline");
        Events.require(dueAt, "dueAt");
        Events.require(assignee, "assignee");
    }
}
