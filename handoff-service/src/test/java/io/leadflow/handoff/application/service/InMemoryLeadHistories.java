package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.kernel.LeadId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link LeadHistories} in memory, behaving as its contract says. */
final class InMemoryLeadHistories implements LeadHistories {
    final Map<LeadId, List<String>> byLead = new LinkedHashMap<>();
    private final Map<LeadId, Integer> counts = new LinkedHashMap<>();

    /** The newest recycle (highest count) wins whatever order the events arrive in. */
    @Override
    public void replace(LeadId leadId, int recycleCount, List<String> lines) {
        if (counts.getOrDefault(leadId, Integer.MIN_VALUE) <= recycleCount) {
            counts.put(leadId, recycleCount);
            byLead.put(leadId, List.copyOf(lines));
        }
    }

    @Override
    public List<String> find(LeadId leadId) {
        return byLead.getOrDefault(leadId, List.of());
    }
}
