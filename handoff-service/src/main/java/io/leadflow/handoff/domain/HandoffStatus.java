package io.leadflow.handoff.domain;

/**
 * Where a hand-off stands. UNASSIGNED waits for a rep; ASSIGNED waits for the rep to accept; ACCEPTED (SAL) waits for
 * the rep to qualify or reject; QUALIFIED (SQL) stays with sales. REJECTED and DISQUALIFIED are closed, and the lead
 * may be handed off again when it qualifies again. A qualified lead's deal ends WON or LOST, closing the hand-off too
 * (an opened opportunity stays QUALIFIED, at stage OPPORTUNITY).
 */
public enum HandoffStatus {
    UNASSIGNED,
    ASSIGNED,
    ACCEPTED,
    QUALIFIED,
    REJECTED,
    DISQUALIFIED,
    WON,
    LOST;

    /** Whether the lead is still in sales' hands, which keeps it from getting a second hand-off. */
    public boolean isOpen() {
        return this != REJECTED && this != DISQUALIFIED && this != WON && this != LOST;
    }
}
