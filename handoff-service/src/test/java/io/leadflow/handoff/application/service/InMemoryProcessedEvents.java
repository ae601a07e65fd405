package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** {@link ProcessedEvents} in memory, behaving as its contract says. */
final class InMemoryProcessedEvents implements ProcessedEvents {
    final Set<UUID> ids = new HashSet<>();

    @Override
    public boolean firstSeen(UUID eventId) {
        return ids.add(eventId);
    }

    /** The leads erased: events about them are refused as the real store refuses them. */
    final Set<UUID> erased = new HashSet<>();

    @Override
    public boolean firstSeen(UUID eventId, UUID leadId) {
        return firstSeen(eventId) && !erased.contains(leadId);
    }

    @Override
    public Set<UUID> erased(Collection<UUID> leadIds) {
        Set<UUID> found = new HashSet<>(leadIds);
        found.retainAll(erased);
        return found;
    }
}
