package io.leadflow.handoff.application.port.in;

/**
 * Hands a qualified lead to a rep chosen by the assignment policy and records the rep's notification in the same
 * transaction. At most one hand-off per qualification event and one open hand-off per lead.
 */
public interface AssignHandoffUseCase {

    AssignmentOutcome assignHandoff(AssignHandoffCommand command);
}
