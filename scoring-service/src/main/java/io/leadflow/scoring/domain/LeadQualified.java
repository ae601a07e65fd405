package io.leadflow.scoring.domain;

import io.leadflow.kernel.LeadId;
import java.util.List;

/**
 * A lead became an MQL. The reasons start with why it qualified (threshold, fast-track or recycling) followed by the
 * score's explanation, so a sales rep sees at once what the lead did.
 *
 * @param stageChange the move to MQL, which is announced with the same event id as the timeline entry
 */
public record LeadQualified(
        LeadId leadId,
        int score,
        FitGrade fitGrade,
        int engagementGrade,
        boolean fastTrack,
        List<String> reasons,
        StageChange stageChange) implements LeadScoreEvent {

    public LeadQualified {
        reasons = List.copyOf(reasons);
    }
}
