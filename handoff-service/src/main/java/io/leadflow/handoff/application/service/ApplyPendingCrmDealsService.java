package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import java.time.Clock;
import java.time.Instant;
import org.springframework.transaction.annotation.Transactional;

class ApplyPendingCrmDealsService implements ApplyPendingCrmDealsUseCase {

    private static final int BATCH = 100;

    private final CrmDeals deals;
    private final CrmDealMatching matching;
    private final Clock clock;

    ApplyPendingCrmDealsService(CrmDeals deals, CrmDealMatching matching, Clock clock) {
        this.deals = deals;
        this.matching = matching;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int applyPendingCrmDeals() {
        Instant now = clock.instant();
        int applied = 0;
        for (CrmDeal deal : deals.lockUnmatched(BATCH)) {
            CrmDeal settled = matching.settle(deal, now);
            if (settled.status() != CrmDealStatus.UNMATCHED) {
                deals.save(settled);
                applied += settled.status() == CrmDealStatus.APPLIED ? 1 : 0;
            }
        }
        return applied;
    }
}
