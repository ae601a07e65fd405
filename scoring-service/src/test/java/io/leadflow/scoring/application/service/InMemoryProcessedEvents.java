package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.ProcessedEvents;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The ids of processed events in a set; a batch is recorded id by id, as the port's default does. */
final class InMemoryProcessedEvents implements ProcessedEvents {

    private final Set<UUID> seen = new HashSet<>();

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

    @Override
    public Set<UUID> firstSeen(Map<UUID, UUID> leadsByEventId) {
        Set<UUID> fresh = new HashSet<>();
        leadsByEventId.forEach((event, lead) -> {
            if (firstSeen(event, lead)) {
                fresh.add(event);
            }
        });
        return fresh;
    }
}
