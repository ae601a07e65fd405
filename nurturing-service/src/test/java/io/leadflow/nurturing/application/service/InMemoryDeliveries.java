package io.leadflow.nurturing.application.service;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** {@link StepDeliveries} in memory, behaving as its contract says. */
final class InMemoryDeliveries implements StepDeliveries {
    final Map<UUID, StepDelivery> pending = new LinkedHashMap<>();
    final Map<UUID, Instant> due = new HashMap<>();
    final List<String> log = new ArrayList<>();
    final List<UUID> withdrawn = new ArrayList<>();
    /** The step ids of a lead's enrolments (a step's delivery has the step's id), as the database joins them. */
    Function<LeadId, Collection<UUID>> stepsOf = lead -> List.of();

    @Override
    public int withdrawPending(LeadId lead) {
        Collection<UUID> steps = stepsOf.apply(lead);
        String named = lead.value().toString();
        List<UUID> gone = pending.values().stream()
                .filter(d -> steps.contains(d.id()) || d.payload().contains(named))
                .map(StepDelivery::id)
                .toList();
        gone.forEach(id -> {
            pending.remove(id);
            due.remove(id);
        });
        withdrawn.addAll(gone);
        return gone.size();
    }

    @Override
    public void enqueue(StepDelivery d) {
        pending.putIfAbsent(d.id(), d);
        due.putIfAbsent(d.id(), d.createdAt());
    }

    @Override
    public List<StepDelivery> claimDue(Instant now, Duration lease, int limit) {
        List<StepDelivery> claimed = pending.values().stream()
                .filter(d -> !due.get(d.id()).isAfter(now))
                .sorted(Comparator.comparing(d -> due.get(d.id())))
                .limit(limit)
                .map(d -> new StepDelivery(d.id(), d.target(), d.payload(), d.attempts() + 1, d.createdAt()))
                .toList();
        claimed.forEach(d -> {
            pending.put(d.id(), d);
            due.put(d.id(), now.plus(lease));
        });
        return claimed;
    }

    @Override
    public void recordAttempt(StepDelivery d, DeliveryOutcome outcome, Instant at, Optional<Instant> next) {
        log.add(d.id() + "#" + d.attempts() + ":"
                + (outcome.delivered() ? "DELIVERED" : next.isPresent() ? "RETRY" : "FAILED"));
        if (outcome.delivered() || next.isEmpty()) {
            pending.remove(d.id());
        } else {
            due.put(d.id(), next.get());
        }
    }
}
