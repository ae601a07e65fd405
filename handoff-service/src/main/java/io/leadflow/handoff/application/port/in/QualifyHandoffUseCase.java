package io.leadflow.handoff.application.port.in;

/** Records that sales qualified the lead (SAL to SQL) and announces it; a repeat returns the hand-off unchanged. */
public interface QualifyHandoffUseCase {

    HandoffView qualifyHandoff(QualifyHandoffCommand command);
}
