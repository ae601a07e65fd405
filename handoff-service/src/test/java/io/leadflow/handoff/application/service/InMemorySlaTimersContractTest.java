package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.application.port.out.SlaTimersContract;
import io.leadflow.handoff.domain.SlaTimer;
import java.time.Instant;
import java.util.Optional;

class InMemorySlaTimersContractTest extends SlaTimersContract {

    private final InMemorySlaTimers timers = new InMemorySlaTimers();

    @Override
    protected SlaTimers timers() {
        return timers;
    }

    @Override
    protected Optional<Instant> pendingAt(SlaTimer timer) {
        return Optional.ofNullable(timers.pending.get(timer.key())).map(SlaTimer::at);
    }
}
