package io.leadflow.handoff.application.port.out;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of incoming events whose effect is done. Messages arrive at least once; recording the id in the same
 * transaction as the effect turns a redelivery into a no-op.
 */
public interface ProcessedEvents {

    /** Records the id; false when it was recorded before, i.e. the event's effect exists already. */
    boolean firstSeen(UUID eventId);

    /**
     * Records the id of an event about {@code leadId}; false for a redelivery, and false when the lead was erased: a
     * late or re-driven event must not bring an erased lead's data back (docs/privacy.md), so do nothing.
     */
    boolean firstSeen(UUID eventId, UUID leadId);

    /** Of these leads, those erased: an account's hand-off leaves them out. */
    Set<UUID> erased(Collection<UUID> leadIds);
}
