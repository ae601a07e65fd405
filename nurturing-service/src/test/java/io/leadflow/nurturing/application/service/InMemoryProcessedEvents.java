package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** {@link ProcessedEvents} in memory, behaving as its contract says. */
final class InMemoryProcessedEvents implements ProcessedEvents {
    final Set<UUID> seen = new HashSet<>();

    @Override
    public boolean firstSeen(UUID eventId) {
        return seen.add(eventId);
    }

    /** The leads erased: events about them are refused as the real store refuses them. */
    final Set<UUID> erased = new HashSet<>();

    @Override
    public boolean firstSeen(UUID eventId, UUID leadId) {
        return firstSeen(eventId) && !erased.contains(leadId);
    }
}
