package io.leadflow.scoring.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead's score under one model version at one time, with everything that explains it. It always adds up:
 * {@code score = fitPoints + engagementPoints + scaleAdjustment}, and each part is the sum of its contributions.
 *
 * @param inSegment whether the model's segment filter matches the lead
 * @param scaleAdjustment what the scale's cap took away (or added), 0 when the total lies on the scale
 * @param fastTrackEvents the buying signals that may fast-track the lead, most recent first (empty: none)
 */
public record ModelScore(
        String modelId,
        int modelVersion,
        String segment,
        int segmentPriority,
        boolean inSegment,
        Instant asOf,
        int score,
        int fitPoints,
        int engagementPoints,
        int scaleAdjustment,
        FitGrade fitGrade,
        int engagementGrade,
        List<Contribution> contributions,
        List<UUID> fastTrackEvents) {

    public ModelScore {
        contributions = List.copyOf(contributions);
        fastTrackEvents = List.copyOf(fastTrackEvents);
    }

    public String grade() {
        return fitGrade.name() + engagementGrade;
    }
}
