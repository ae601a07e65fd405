package io.leadflow.handoff.application.port.out;

import java.util.UUID;

/**
 * The ids of incoming events whose effect is done. Messages arrive at least once; recording the id in the same
 * transaction as the effect turns a redelivery into a no-op.
 */
public interface ProcessedEvents {

    /** Records the id; false when it was recorded before, i.e. the event's effect exists already. */
    boolean firstSeen(UUID eventId);
}
