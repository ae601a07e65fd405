package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every interval, applies the CRM deal updates that waited for their lead to be known and qualified. */
@Component
class PendingCrmDealsWorker {

    private final ApplyPendingCrmDealsUseCase pending;

    PendingCrmDealsWorker(ApplyPendingCrmDealsUseCase pending) {
        this.pending = pending;
    }

    @Scheduled(fixedDelayString = "${leadflow.crm.retry-pending-every:1m}")
    void applyPending() {
        pending.applyPendingCrmDeals();
    }
}
