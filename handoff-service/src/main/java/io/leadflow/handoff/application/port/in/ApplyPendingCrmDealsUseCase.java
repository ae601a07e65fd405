package io.leadflow.handoff.application.port.in;

/** Tries the unmatched CRM deal updates again, now that their leads may be known and qualified. */
public interface ApplyPendingCrmDealsUseCase {

    /** How many were applied this round. */
    int applyPendingCrmDeals();
}
