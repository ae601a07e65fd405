package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.SlaTimer;
import io.leadflow.handoff.domain.TeamId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link SlaLog} in memory, behaving as its contract says. */
final class InMemorySlaLog implements SlaLog {
    final Map<String, SlaTimer> recorded = new LinkedHashMap<>();

    @Override
    public boolean recordOnce(SlaTimer timer, RepId rep, TeamId team, Instant at) {
        return recorded.putIfAbsent(timer.key(), timer) == null;
    }
}
