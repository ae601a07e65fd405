package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.AssignWaitingHandoffsUseCase;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every interval, gives waiting (unassigned) hand-offs to reps who became available or got capacity back. */
@Component
class WaitingHandoffsWorker {

    private final AssignWaitingHandoffsUseCase assignWaiting;

    private final OutageBackoff backoff;

    WaitingHandoffsWorker(
            AssignWaitingHandoffsUseCase assignWaiting, DependencyOutages outages, ResilienceProperties resilience) {
        this.assignWaiting = assignWaiting;
        this.backoff = new OutageBackoff("waiting-handoffs", outages, resilience);
    }

    @Scheduled(fixedDelayString = "${leadflow.sla.waiting-poll-interval:30s}")
    void assignWaiting() {
        backoff.run(() -> {
            assignWaiting.assignWaitingHandoffs(50);
        });
    }
}
