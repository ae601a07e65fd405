package io.leadflow.handoff.application.port.in;

/**
 * A team manager balances the team's load or covers for an absent rep: a hand-off not yet accepted goes to another
 * rep of the team, who is notified as on any assignment and gets a fresh accept deadline (the old rep's reminders and
 * breach no longer fire). Reassigning to the rep who holds it already changes nothing. Only the manager of the team
 * or an admin may do it; the rep holding it may not. An accepted or closed hand-off is refused (409).
 */
public interface ReassignHandoffUseCase {

    HandoffView reassignHandoff(ReassignHandoffCommand command);
}
