package io.leadflow.handoff.domain;

/**
 * Where a hand-off stands. UNASSIGNED waits for a rep (none was available); a REJECTED hand-off is closed and the
 * lead may be handed off again when it qualifies again.
 */
public enum HandoffStatus {
    UNASSIGNED, ASSIGNED, ACCEPTED, REJECTED;

    /** Whether the lead is still in sales' hands, which keeps it from getting a second hand-off. */
    public boolean isOpen() {
        return this != REJECTED;
    }
}
