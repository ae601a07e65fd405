package io.leadflow.handoff.application.port.in;

/** What became of a qualification, for the caller to log: nothing here is an error. */
public enum AssignmentOutcome {
    /** A rep got the lead and a notification is on its way. */
    ASSIGNED,
    /** No rep was available; the hand-off waits unassigned. */
    UNASSIGNED,
    /** The lead holds an open hand-off already; no second one. */
    LEAD_ALREADY_HANDED_OFF,
    /** This qualification event was handled before. */
    DUPLICATE_EVENT,
    /**
     * The person objected to profiling: a qualification by score hands them to nobody (a rep's own sales-generated
     * lead still may).
     */
    PROFILING_OBJECTED
}
