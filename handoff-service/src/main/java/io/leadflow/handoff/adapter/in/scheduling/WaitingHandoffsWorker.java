package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.AssignWaitingHandoffsUseCase;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every interval, gives waiting (unassigned) hand-offs to reps who became available or got capacity back. */
@Component
class WaitingHandoffsWorker {

    private final AssignWaitingHandoffsUseCase assignWaiting;

    WaitingHandoffsWorker(AssignWaitingHandoffsUseCase assignWaiting) {
        this.assignWaiting = assignWaiting;
    }

    @Scheduled(fixedDelayString = "${leadflow.sla.waiting-poll-interval:30s}")
    void assignWaiting() {
        assignWaiting.assignWaitingHandoffs(50);
    }
}
