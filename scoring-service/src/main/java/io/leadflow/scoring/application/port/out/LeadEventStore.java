package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.domain.Engagement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scoring's own compact copy of every lead's engagements, keyed by event id: what a new model version is scored from
 * (re-scoring) and what a backtest replays. Real-time scoring only appends to it.
 */
public interface LeadEventStore {

    /** Stores the event; false when its id was stored before. */
    boolean add(LeadId leadId, Engagement event);

    /** Stores the events of several leads; returns the ids stored now (the others were stored before). */
    default Set<UUID> addAll(Map<LeadId, List<Engagement>> eventsByLead) {
        Set<UUID> stored = new HashSet<>();
        eventsByLead.forEach((lead, events) -> events.forEach(event -> {
            if (add(lead, event)) {
                stored.add(event.eventId());
            }
        }));
        return stored;
    }

    /** The lead's events, oldest first. */
    List<Engagement> history(LeadId leadId);

    /** The events of several leads, each oldest first. */
    Map<LeadId, List<Engagement>> histories(Collection<LeadId> leads);

    long count();
}
