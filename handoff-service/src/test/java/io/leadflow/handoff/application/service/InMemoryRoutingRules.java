package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.domain.RoutingRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** {@link RoutingRules} in memory, behaving as its contract says. */
final class InMemoryRoutingRules implements RoutingRules {
    final List<RoutingRule> rules = new ArrayList<>();

    @Override
    public void add(RoutingRule rule) {
        rules.add(rule);
    }

    @Override
    public List<RoutingRule> findAll() {
        return rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::position).thenComparing(RoutingRule::name))
                .toList();
    }

    @Override
    public boolean delete(UUID id) {
        return rules.removeIf(r -> r.id().equals(id));
    }
}
