package io.leadflow.kernel.event;

import io.leadflow.kernel.Channel;
import java.util.List;
import java.util.UUID;

/**
 * A lead became an MQL. It carries the reasons a sales rep reads in the hand-off ("why was this qualified?"), and the
 * segment, channel, source and campaign that routing rules and conversion reports group by, so that hand-off never has
 * to ask scoring. Segment, channel, source and campaign may be null when scoring does not know them.
 *
 * <p>{@code accountId} and {@code accountOwnerRepId} (added in schema version 1, null when absent) name the lead's
 * account and the rep who owns it, so that hand-off routes every person of one company to that rep.
 *
 * <p>{@code likelihoods} (added in schema version 1, empty when absent, as in every event written before) are the
 * lead's likelihoods of being won under each published predictive model when it qualified, with their top reasons;
 * empty as well when no version is published.
 */
public record LeadQualifiedEvent(
        EventMetadata metadata,
        String model,
        int modelVersion,
        int score,
        String fitGrade,
        int engagementGrade,
        boolean fastTrack,
        List<String> reasons,
        String segment,
        Channel channel,
        String source,
        String campaign,
        UUID accountId,
        UUID accountOwnerRepId,
        List<PredictedLikelihood> likelihoods)
        implements IntegrationEvent {

    public static final String TYPE = "LeadQualified";
    public static final int VERSION = 1;

    public LeadQualifiedEvent {
        metadata.requireType(TYPE);
        Events.require(model, "model");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        likelihoods = likelihoods == null ? List.of() : List.copyOf(likelihoods);
    }

    /** A qualification without likelihoods. */
    public LeadQualifiedEvent(
            EventMetadata metadata,
            String model,
            int modelVersion,
            int score,
            String fitGrade,
            int engagementGrade,
            boolean fastTrack,
            List<String> reasons,
            String segment,
            Channel channel,
            String source,
            String campaign,
            UUID accountId,
            UUID accountOwnerRepId) {
        this(
                metadata,
                model,
                modelVersion,
                score,
                fitGrade,
                engagementGrade,
                fastTrack,
                reasons,
                segment,
                channel,
                source,
                campaign,
                accountId,
                accountOwnerRepId,
                List.of());
    }

    /** A qualification of a lead without an account. */
    public LeadQualifiedEvent(
            EventMetadata metadata,
            String model,
            int modelVersion,
            int score,
            String fitGrade,
            int engagementGrade,
            boolean fastTrack,
            List<String> reasons,
            String segment,
            Channel channel,
            String source,
            String campaign) {
        this(
                metadata,
                model,
                modelVersion,
                score,
                fitGrade,
                engagementGrade,
                fastTrack,
                reasons,
                segment,
                channel,
                source,
                campaign,
                null,
                null,
                List.of());
    }
}
