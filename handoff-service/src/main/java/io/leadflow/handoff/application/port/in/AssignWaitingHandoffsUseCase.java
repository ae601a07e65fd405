package io.leadflow.handoff.application.port.in;

/**
 * Gives hand-offs that found no rep when their lead qualified (everyone away or full) to a rep who can take them now,
 * oldest first, with the routing rule's team, a fresh SLA clock and the usual notifications.
 */
public interface AssignWaitingHandoffsUseCase {

    /** Returns how many waiting hand-offs got a rep in this round. */
    int assignWaitingHandoffs(int limit);
}
