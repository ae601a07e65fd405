package io.leadflow.handoff.domain;

/**
 * A decision that the hand-off's status does not allow: deciding twice, accepting a rejected lead, or deciding a
 * hand-off that no rep holds.
 */
public class HandoffDecisionRefusedException extends IllegalStateException {

    private final HandoffId handoffId;
    private final HandoffStatus status;

    public HandoffDecisionRefusedException(HandoffId handoffId, HandoffStatus status, String decision) {
        super("hand-off " + handoffId + " is " + status + " and cannot be " + decision
                + (status == HandoffStatus.UNASSIGNED ? ": no rep holds it" : ""));
        this.handoffId = handoffId;
        this.status = status;
    }

    public HandoffId handoffId() {
        return handoffId;
    }

    public HandoffStatus status() {
        return status;
    }
}
