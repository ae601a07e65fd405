package io.leadflow.handoff.application.port.in;

/**
 * Hands a qualified account to sales: to its owner while the owner is available, else by the routing rules and the
 * round-robin as a lead would go; the rep is notified with the people behind the account.
 */
public interface AssignAccountHandoffUseCase {

    AssignmentOutcome assignAccountHandoff(AssignAccountHandoffCommand command);
}
