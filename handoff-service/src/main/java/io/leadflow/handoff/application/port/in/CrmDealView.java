package io.leadflow.handoff.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;

/** A kept deal update from a CRM and what became of it. */
public record CrmDealView(
        long id,
        String source,
        String dealId,
        String stage,
        String leadId,
        String email,
        BigDecimal amount,
        String currency,
        Instant receivedAt,
        String status,
        String note,
        String handoffId,
        Instant appliedAt) {}
