package io.leadflow.handoff.application.port.in;

/**
 * Moves a qualified lead to OPPORTUNITY, WON or LOST and announces each move. The same outcome twice changes nothing
 * and answers the same; another outcome where one was recorded is a conflict.
 */
public interface RecordOutcomeUseCase {

    HandoffView recordOutcome(RecordOutcomeCommand command);
}
