package io.leadflow.handoff.application.port.in;

/** Passes an SDR-accepted lead to the second tier (weighted round-robin there), with a fresh decide clock. */
public interface PassHandoffUseCase {

    HandoffView passHandoff(PassHandoffCommand command);
}
