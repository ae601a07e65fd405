package io.leadflow.scoring.domain;

import io.leadflow.kernel.LeadId;

/**
 * A lead became an MQL, with its frozen explanation.
 *
 * @param stageChange the move to MQL, which is announced with the same event id as the timeline entry
 */
public record LeadQualified(LeadId leadId, boolean fastTrack, Explanation explanation, StageChange stageChange)
        implements LeadScoreEvent {}
