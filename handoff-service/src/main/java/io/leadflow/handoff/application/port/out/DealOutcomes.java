package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.RecordedOutcome;
import java.util.Optional;

/**
 * The outcomes recorded on hand-offs, kept with their amounts and reasons so that a repeat is recognised as the same
 * and a different story as a conflict.
 */
public interface DealOutcomes {

    void add(RecordedOutcome outcome);

    /** The outcome recorded last on this hand-off. */
    Optional<RecordedOutcome> latest(HandoffId handoffId);
}
