package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.out.ProcessedEvents;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The ids of processed events in a set; a batch is recorded id by id, as the port's default does. */
final class InMemoryProcessedEvents implements ProcessedEvents {

    private final Set<UUID> seen = new HashSet<>();

    @Override
    public boolean firstSeen(UUID eventId) {
        return seen.add(eventId);
    }
}
