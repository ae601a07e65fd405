package io.leadflow.scoring.adapter.in.web;

import io.leadflow.scoring.domain.Contribution;
import io.leadflow.scoring.domain.Explanation;
import io.leadflow.scoring.domain.Touch;
import io.leadflow.scoring.domain.predictive.Likelihood;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lead as the API shows it: stage; the score, grades and reasons under its segment's model (top level, as before);
 * the score under every published model with its explanation; the frozen explanation of its last qualification; the
 * profile's attributes (by ProfileAttributes names), the first touch; and every stage move. Times are ISO-8601 instants; unknown values are null.
 * {@code needsData} lists the attributes the segment model ({@code model}) requires before this lead, whose score
 * qualifies, becomes an MQL; empty when it is not waiting for data (the first reason then says why it waits).
 * {@code accountId} and {@code accountName} name the lead's account (null without one). {@code likelihoods} is the
 * lead's likelihood of being won (0-100 %) under each published predictive model, with the features that moved it
 * most (docs/predictive-scoring.md); empty while none is published.
 */
public record LeadResponse(
        String leadId,
        String stage,
        int score,
        String model,
        int modelVersion,
        String segment,
        String fitGrade,
        Integer engagementGrade,
        List<String> reasons,
        String email,
        Map<String, String> profile,
        Touch firstTouch,
        String qualifiedAt,
        QualificationResponse qualification,
        List<ScoreResponse> scores,
        List<TimelineEntryResponse> timeline,
        List<String> needsData,
        String accountId,
        String accountName,
        ConsentResponse consent,
        List<Likelihood> likelihoods) {

    /** The same lead with its predictive likelihoods (static, so the mapper does not take it for a setter). */
    static LeadResponse withLikelihoods(LeadResponse lead, List<Likelihood> likelihoods) {
        return new LeadResponse(
                lead.leadId(),
                lead.stage(),
                lead.score(),
                lead.model(),
                lead.modelVersion(),
                lead.segment(),
                lead.fitGrade(),
                lead.engagementGrade(),
                lead.reasons(),
                lead.email(),
                lead.profile(),
                lead.firstTouch(),
                lead.qualifiedAt(),
                lead.qualification(),
                lead.scores(),
                lead.timeline(),
                lead.needsData(),
                lead.accountId(),
                lead.accountName(),
                lead.consent(),
                List.copyOf(likelihoods));
    }

    /**
     * The person's standing on the suppression list: marketing may not contact them since {@code suppressedSince}
     * ({@code unsubscribed} or {@code consent_withdrawn}), and/or they objected to profiling since
     * {@code objectedSince} (then the automation does not qualify them). Times as ISO-8601 text, null when not so.
     */
    public record ConsentResponse(
            boolean contactSuppressed,
            String suppressedSince,
            String suppressedBecause,
            boolean profilingObjected,
            String objectedSince) {}

    /**
     * A lead's score under one model: it adds up, score = fitPoints + engagementPoints + scaleAdjustment;
     * {@code likelihoods} says how each likelihood condition of the model read for the lead.
     */
    public record ScoreResponse(
            String model,
            int modelVersion,
            String segment,
            boolean inSegment,
            Instant asOf,
            int score,
            int fitPoints,
            String fitGrade,
            int engagementPoints,
            int engagementGrade,
            int scaleAdjustment,
            List<Contribution> contributions,
            List<String> reasons,
            List<String> likelihoods) {}

    /** Why the lead last qualified, as frozen then, with the lines sent to sales. */
    public record QualificationResponse(Explanation explanation, List<String> lines) {}

    /** One stage move: from, to, why, who, when. */
    public record TimelineEntryResponse(String from, String to, String reason, String actor, String occurredAt) {}
}
