package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.domain.Priority;
import io.leadflow.handoff.domain.SlaPolicy;
import java.util.List;
import java.util.Map;

/** {@link SlaPolicies} in memory, behaving as its contract says. */
final class InMemorySlaPolicies implements SlaPolicies {
    final Map<Priority, SlaPolicy> byPriority = new java.util.EnumMap<>(Priority.class);

    @Override
    public SlaPolicy find(Priority priority) {
        return byPriority.getOrDefault(priority, SlaPolicy.defaults(priority));
    }

    @Override
    public void save(SlaPolicy policy) {
        byPriority.put(policy.priority(), policy);
    }

    @Override
    public List<SlaPolicy> findAll() {
        return java.util.Arrays.stream(Priority.values()).map(this::find).toList();
    }
}
