package io.leadflow.scoring.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.LeadHistory;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.domain.LeadScore;
import io.leadflow.scoring.domain.StageChange;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Histories read from the in-memory leads and events, in PostgreSQL's uuid order, as the JDBC adapter reads tables. */
final class InMemoryLeadHistories implements LeadHistories {

    private final InMemoryLeadScores leads;
    private final InMemoryLeadEvents events;

    InMemoryLeadHistories(InMemoryLeadScores leads, InMemoryLeadEvents events) {
        this.leads = leads;
        this.events = events;
    }

    @Override
    public List<LeadHistory> chunk(UUID after, int limit) {
        return leads.lockBatch(after, limit, List.of()).stream()
                .map(lead -> new LeadHistory(
                        lead.leadId(),
                        lead.profile(),
                        lead.summary().segment(),
                        events.history(lead.leadId()),
                        reached(lead)))
                .toList();
    }

    @Override
    public Optional<LeadHistory> lead(LeadId leadId) {
        return chunk(null, Integer.MAX_VALUE).stream()
                .filter(history -> history.leadId().equals(leadId))
                .findFirst();
    }

    /** When the lead first reached each stage it ever moved to. */
    private static Map<LifecycleStage, Instant> reached(LeadScore lead) {
        Map<LifecycleStage, Instant> reached = new EnumMap<>(LifecycleStage.class);
        for (StageChange change : lead.timeline()) {
            reached.merge(change.to(), change.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return reached;
    }
}
