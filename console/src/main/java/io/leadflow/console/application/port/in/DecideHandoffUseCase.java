package io.leadflow.console.application.port.in;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.HandoffDetail;
import java.util.UUID;

/**
 * A rep's decision on a hand-off (accept, qualify with BANT, reject with a reason, pass to an account executive,
 * disqualify), made by the hand-off service as the rep; it answers with the hand-off as it now stands, or refuses.
 */
public interface DecideHandoffUseCase {

    HandoffDetail decide(Caller caller, UUID handoffId, HandoffDecision decision);
}
