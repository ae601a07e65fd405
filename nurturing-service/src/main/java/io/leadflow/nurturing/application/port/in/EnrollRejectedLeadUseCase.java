package io.leadflow.nurturing.application.port.in;

import io.leadflow.nurturing.domain.RejectionOutcome;
import java.util.Optional;

/**
 * Takes a lead that sales rejected back into marketing's care: it is put on the track that fits the reason, or
 * disqualified when it will never buy, and the stage change is announced. Safe to call again with the same event:
 * the effect happens once.
 */
public interface EnrollRejectedLeadUseCase {

    /** What was done; empty when this event had been handled before and nothing changed. */
    Optional<RejectionOutcome> enrollRejectedLead(EnrollRejectedLeadCommand command);
}
