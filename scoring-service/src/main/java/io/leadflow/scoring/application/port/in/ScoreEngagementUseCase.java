package io.leadflow.scoring.application.port.in;

/**
 * Adds an engagement to its lead's score. When the score changes it is announced, and a lead that reaches the
 * threshold (or shows a buying signal) becomes an MQL, all in one transaction with the record of the event id.
 */
public interface ScoreEngagementUseCase {

    void scoreEngagement(ScoreEngagementCommand command);
}
