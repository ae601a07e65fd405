package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.domain.SlaTimer;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timers kept in memory; {@link #due(Instant)} hands out those due, once each, like the scheduler. */
final class InMemorySlaTimers implements SlaTimers {
    final Map<String, SlaTimer> pending = new LinkedHashMap<>();

    @Override
    public void schedule(List<SlaTimer> timers) {
        timers.forEach(t -> pending.putIfAbsent(t.key(), t));
    }

    List<SlaTimer> due(Instant now) {
        List<SlaTimer> due = pending.values().stream()
                .filter(t -> !t.at().isAfter(now))
                .sorted(Comparator.comparing(SlaTimer::at))
                .toList();
        due.forEach(t -> pending.remove(t.key()));
        return due;
    }
}
