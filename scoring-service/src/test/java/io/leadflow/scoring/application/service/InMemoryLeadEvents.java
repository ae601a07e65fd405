package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.domain.Engagement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Leads' engagements in memory, keyed by event id and read back in time order like the lead_event table. */
final class InMemoryLeadEvents implements LeadEventStore {

    private static final Comparator<Engagement> TIME_ORDER = Comparator.comparing(Engagement::occurredAt)
            .thenComparing(Engagement::eventId, InMemoryLeadScores.UUID_ORDER);

    private final Map<LeadId, List<Engagement>> events = new HashMap<>();
    private final Set<UUID> ids = new HashSet<>();

    @Override
    public boolean add(LeadId leadId, Engagement event) {
        if (!ids.add(event.eventId())) {
            return false;
        }
        events.computeIfAbsent(leadId, id -> new ArrayList<>()).add(event);
        return true;
    }

    @Override
    public List<Engagement> history(LeadId leadId) {
        return events.getOrDefault(leadId, List.of()).stream()
                .sorted(TIME_ORDER)
                .toList();
    }

    @Override
    public Map<LeadId, List<Engagement>> histories(Collection<LeadId> leads) {
        Map<LeadId, List<Engagement>> found = new HashMap<>();
        leads.stream().filter(events::containsKey).forEach(id -> found.put(id, history(id)));
        return found;
    }

    @Override
    public long count() {
        return ids.size();
    }
}
