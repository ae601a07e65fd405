package io.leadflow.handoff.application.port.in;

/**
 * Records that the rep accepted the lead (MQL to SAL) and announces the stage change. Refused when the hand-off was
 * decided before or has no rep.
 */
public interface AcceptHandoffUseCase {

    HandoffView acceptHandoff(AcceptHandoffCommand command);
}
