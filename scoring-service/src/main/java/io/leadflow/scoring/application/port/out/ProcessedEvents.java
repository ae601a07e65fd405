package io.leadflow.scoring.application.port.out;

import java.util.Collection;
import java.util.HashSet;
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
}
