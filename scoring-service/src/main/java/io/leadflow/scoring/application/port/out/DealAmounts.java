package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The amounts deals were changed to after their stage move, so the funnel's revenue follows a CRM's corrections.
 * Changes may arrive in any order: the latest by time wins.
 */
public interface DealAmounts {

    /** Keeps the amount unless a later change of the same lead and stage is kept already. */
    void record(LeadId leadId, LifecycleStage stage, BigDecimal amount, String currency, Instant at, UUID eventId);
}
