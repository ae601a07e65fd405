package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.application.port.out.NurtureTimersContract;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

class InMemoryTimersContractTest extends NurtureTimersContract {

    private final InMemoryTimers timers = new InMemoryTimers();

    @Override
    protected NurtureTimers timers() {
        return timers;
    }

    @Override
    protected Optional<Instant> stepTimer(UUID stepId) {
        return Optional.ofNullable(timers.due.get("step:" + stepId));
    }

    @Override
    protected Optional<Instant> expiryTimer(UUID enrollmentId) {
        return Optional.ofNullable(timers.due.get("expiry:" + enrollmentId));
    }
}
