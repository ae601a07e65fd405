package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.domain.LeadState;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LeadStates} in memory, behaving as its contract says. */
final class InMemoryLeadStates implements LeadStates {
    final Map<LeadId, LeadState> byLead = new HashMap<>();
    private final InMemoryEnrollments enrollments;

    InMemoryLeadStates(InMemoryEnrollments enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public LeadState lock(LeadId leadId) {
        return byLead.getOrDefault(leadId, LeadState.unknown(leadId));
    }

    @Override
    public void save(LeadState state) {
        byLead.put(state.leadId(), state);
    }

    @Override
    public List<LeadId> lockDormant(Instant belowSince, int limit) {
        return byLead.values().stream()
                .filter(s -> s.belowSince() != null && !s.belowSince().isAfter(belowSince))
                .filter(s -> s.stage() == null || s.stage() == LifecycleStage.NEW)
                .filter(s -> enrollments.allOf(s.leadId()).stream()
                        .noneMatch(e -> e.isActive() || !e.enrolledAt().isBefore(s.belowSince())))
                .sorted(Comparator.comparing(LeadState::belowSince))
                .map(LeadState::leadId)
                .limit(limit)
                .toList();
    }
}
