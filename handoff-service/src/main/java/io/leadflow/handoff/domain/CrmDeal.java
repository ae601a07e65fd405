package io.leadflow.handoff.domain;

import io.leadflow.kernel.LeadId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One deal update as a CRM sent it, kept whatever became of it: the CRM's deal id and stage, how it names the lead
 * (LeadFlow's lead id stored on the CRM record, or the contact's e-mail), the amount, and what LeadFlow did with it.
 * {@code deliveryKey} is the CRM's id of the delivery, so a retried webhook is recognised.
 */
public record CrmDeal(
        Long id,
        CrmSource source,
        String deliveryKey,
        String dealId,
        String stage,
        LeadId leadId,
        String email,
        BigDecimal amount,
        String currency,
        Instant receivedAt,
        CrmDealStatus status,
        String note,
        HandoffId handoffId,
        Instant appliedAt) {

    public CrmDeal {
        if (source == null || deliveryKey == null || dealId == null || receivedAt == null || status == null) {
            throw new IllegalArgumentException("a deal update names its CRM, delivery, deal, time and status");
        }
    }

    public CrmDeal settled(CrmDealStatus next, String why, HandoffId handoff, Instant at) {
        return new CrmDeal(
                id,
                source,
                deliveryKey,
                dealId,
                stage,
                leadId,
                email,
                amount,
                currency,
                receivedAt,
                next,
                why,
                handoff,
                next == CrmDealStatus.APPLIED ? at : appliedAt);
    }
}
