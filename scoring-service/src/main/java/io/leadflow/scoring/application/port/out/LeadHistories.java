package io.leadflow.scoring.application.port.out;

import io.leadflow.scoring.application.port.in.LeadHistory;
import java.util.List;
import java.util.UUID;

/** Reads leads with everything a backtest replays, a chunk at a time in lead-id order, without locking. */
public interface LeadHistories {

    /** Up to {@code limit} leads with ids after {@code after} (null: from the start). */
    List<LeadHistory> chunk(UUID after, int limit);
}
