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
 * @param fastTrackConditions whether the model's fast-track conditions (e.g. a likelihood of at least 60 %) all hold
 * @param likelihoods how each likelihood condition of the model read for the lead ("likelihood 64 % (win-rate v3)
 *     ≥ 60 %: fast-track"), or why the lead had none
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
        List<UUID> fastTrackEvents,
        boolean fastTrackConditions,
        List<String> likelihoods) {

    public ModelScore {
        contributions = List.copyOf(contributions);
        fastTrackEvents = List.copyOf(fastTrackEvents);
        likelihoods = likelihoods == null ? List.of() : List.copyOf(likelihoods);
    }

    /** A score without likelihood conditions. */
    public ModelScore(
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
        this(
                modelId,
                modelVersion,
                segment,
                segmentPriority,
                inSegment,
                asOf,
                score,
                fitPoints,
                engagementPoints,
                scaleAdjustment,
                fitGrade,
                engagementGrade,
                contributions,
                fastTrackEvents,
                false,
                List.of());
    }

    public String grade() {
        return fitGrade.name() + engagementGrade;
    }
}
