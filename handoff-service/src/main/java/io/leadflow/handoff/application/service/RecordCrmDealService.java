package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.CrmDealView;
import io.leadflow.handoff.application.port.in.RecordCrmDealCommand;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.domain.CrmDeal;
import io.leadflow.handoff.domain.CrmDealStatus;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.transaction.annotation.Transactional;

class RecordCrmDealService implements RecordCrmDealUseCase {

    private final CrmDeals deals;
    private final CrmDealMatching matching;
    private final Clock clock;

    RecordCrmDealService(CrmDeals deals, CrmDealMatching matching, Clock clock) {
        this.deals = deals;
        this.matching = matching;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CrmDealView recordCrmDeal(RecordCrmDealCommand c) {
        Instant now = clock.instant();
        CrmDeal received = new CrmDeal(
                null,
                c.source(),
                c.deliveryKey(),
                c.dealId(),
                c.stage(),
                leadId(c.leadId()),
                email(c.email()),
                c.amount(),
                c.currency() == null ? null : c.currency().strip().toUpperCase(Locale.ROOT),
                now,
                CrmDealStatus.UNMATCHED,
                null,
                null,
                null);
        var kept = deals.addIfNew(received);
        if (kept.isEmpty()) {
            return CrmDealMatching.view(deals.findDelivery(c.source(), c.deliveryKey())
                    .orElseThrow(() -> new IllegalStateException("a kept delivery vanished")));
        }
        CrmDeal settled = matching.settle(kept.get(), now);
        deals.save(settled);
        return CrmDealMatching.view(settled);
    }

    /** A lead id that does not parse names no lead of ours (a CRM field may hold anything). */
    private static LeadId leadId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LeadId.parse(text.strip());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static String email(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new EmailAddress(text.strip()).value();
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
