package io.leadflow.handoff.application.port.in;

/**
 * Records that the rep rejected the lead (MQL or SAL to REJECTED) and hands it back to marketing with the reason
 * (LeadRejectedEvent) and the stage change. Refused when the hand-off is rejected already or has no rep.
 */
public interface RejectHandoffUseCase {

    HandoffView rejectHandoff(RejectHandoffCommand command);
}
