package io.leadflow.ingestion.application.port.in;

/**
 * Stores one engagement durably and hands it on to scoring. When this returns, the engagement cannot be lost: it
 * and its outgoing event are committed together.
 */
public interface RecordEngagementUseCase {

    RecordedEngagement recordEngagement(RecordEngagementCommand command);
}
