package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import io.leadflow.support.resilience.DependencyOutages;
import io.leadflow.support.resilience.OutageBackoff;
import io.leadflow.support.resilience.ResilienceProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every interval, applies the CRM deal updates that waited for their lead to be known and qualified. */
@Component
class PendingCrmDealsWorker {

    private final ApplyPendingCrmDealsUseCase pending;

    private final OutageBackoff backoff;

    PendingCrmDealsWorker(
            ApplyPendingCrmDealsUseCase pending, DependencyOutages outages, ResilienceProperties resilience) {
        this.pending = pending;
        this.backoff = new OutageBackoff("pending-crm-deals", outages, resilience);
    }

    @Scheduled(fixedDelayString = "${leadflow.crm.retry-pending-every:1m}")
    void applyPending() {
        backoff.run(() -> {
            pending.applyPendingCrmDeals();
        });
    }
}
