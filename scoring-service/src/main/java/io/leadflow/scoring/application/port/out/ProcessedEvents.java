package io.leadflow.scoring.application.port.out;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the incoming events already acted on. Messages arrive at least once; recording the id in the same
 * transaction as the effect makes the effect happen exactly once.
 */
public interface ProcessedEvents {

    /** Records the id; true the first time, false when it had been recorded (a redelivery: do nothing). */
    boolean firstSeen(UUID eventId);

    /** Records every id; returns those seen for the first time (the others are redeliveries: do nothing). */
    default Set<UUID> firstSeen(Collection<UUID> eventIds) {
        Set<UUID> fresh = new HashSet<>();
        eventIds.forEach(id -> {
            if (firstSeen(id)) {
                fresh.add(id);
            }
        });
        return fresh;
    }

    /**
     * Records the id of an event about {@code leadId}; false for a redelivery, and false when the lead was erased: a
     * late or re-driven event must not bring an erased lead's data back (docs/privacy.md), so do nothing.
     */
    boolean firstSeen(UUID eventId, UUID leadId);

    /** Records every id, each of an event about its lead; returns those seen the first time about leads not erased. */
    Set<UUID> firstSeen(Map<UUID, UUID> leadsByEventId);
}
