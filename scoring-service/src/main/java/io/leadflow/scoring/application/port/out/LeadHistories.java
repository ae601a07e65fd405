package io.leadflow.scoring.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadHistory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads leads with everything a backtest replays, a chunk at a time in lead-id order, without locking. People who
 * objected to profiling are left out: no backtest replays them, no predictive model learns from them or rates them.
 */
public interface LeadHistories {

    /** Up to {@code limit} leads with ids after {@code after} (null: from the start). */
    List<LeadHistory> chunk(UUID after, int limit);

    /** One lead with everything a replay needs (a predictive likelihood reads it as of now); empty when unknown. */
    Optional<LeadHistory> lead(LeadId leadId);
}
