package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.ProcessedEvents;
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
}
