package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.TeamId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@link SlaLog} in memory, behaving as its contract says. */
final class InMemorySlaLog implements SlaLog {
    final Map<String, SlaTimer> recorded = new LinkedHashMap<>();

    @Override
    public boolean recordOnce(SlaTimer timer, RepId rep, TeamId team, Instant at) {
        return recorded.putIfAbsent(timer.key(), timer) == null;
    }

    @Override
    public Set<SlaTimer.Kind> recorded(HandoffId handoff, String deadline, int generation) {
        Set<SlaTimer.Kind> kinds = EnumSet.noneOf(SlaTimer.Kind.class);
        recorded.values().stream()
                .filter(t ->
                        t.handoffId().equals(handoff) && t.deadline().equals(deadline) && t.generation() == generation)
                .forEach(t -> kinds.add(t.kind()));
        return kinds;
    }
}
