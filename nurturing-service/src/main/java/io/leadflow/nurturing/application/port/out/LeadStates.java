package io.leadflow.nurturing.application.port.out;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.domain.LeadState;
import java.time.Instant;
import java.util.List;

/** Nurturing's own record of each lead's latest score and stage, built from the scoring and lifecycle streams. */
public interface LeadStates {

    /** The lead's state, locked until the transaction ends (unknown leads: an empty state). */
    LeadState lock(LeadId leadId);

    void save(LeadState state);

    /**
     * Leads below the qualification threshold since before {@code belowSince}, not closed or with sales (stage NEW
     * or unknown), never enrolled since they fell below; locked, skipping leads another replica holds.
     */
    List<LeadId> lockDormant(Instant belowSince, int limit);
}
