package io.leadflow.handoff.application.port.in;

/** Closes the hand-off and moves the lead to DISQUALIFIED; a repeat returns the hand-off unchanged. */
public interface DisqualifyHandoffUseCase {

    HandoffView disqualifyHandoff(DisqualifyHandoffCommand command);
}
