package io.leadflow.console.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One lead as scoring explains it: stage, who it is (profile), how it first reached us, the score under every
 * published model with the reasons behind it, why it last qualified, and every stage move (oldest first).
 * {@code needsData} lists the attributes its model ({@code needsDataModel}) requires before a lead whose score
 * qualifies becomes an MQL (empty when it waits for nothing): it qualifies as soon as they arrive.
 * {@code accountId} and {@code accountName} name the lead's account (null without one); {@code likelihoods} its
 * likelihood of being won under each published predictive model (empty while none is published).
 */
public record LeadDetail(
        UUID id,
        String stage,
        @Nullable String email,
        Map<String, String> profile,
        @Nullable FirstTouch firstTouch,
        @Nullable Instant qualifiedAt,
        List<String> qualification,
        List<ModelScore> scores,
        List<StageMove> timeline,
        List<String> needsData,
        @Nullable String needsDataModel,
        @Nullable UUID accountId,
        @Nullable String accountName,
        @Nullable Consent consent,
        List<Likelihood> likelihoods) {

    /**
     * The lead's likelihood of being won (0-100 %) under one published predictive model, with the features that moved
     * it most, largest first, in scoring's words ("Demo requested 1 time: +0.93").
     */
    public record Likelihood(String model, int version, int percent, List<String> reasons) {

        public Likelihood {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The person's standing on the suppression list, as scoring shows it: no marketing contact since
     * {@code suppressedSince} (why: {@code unsubscribed} or {@code consent_withdrawn}), an objection to profiling since
     * {@code objectedSince}.
     */
    public record Consent(
            boolean contactSuppressed,
            @Nullable Instant suppressedSince,
            @Nullable String suppressedBecause,
            boolean profilingObjected,
            @Nullable Instant objectedSince) {

        /** Whether there is anything to say: the person is suppressed or objected. */
        public boolean restricts() {
            return contactSuppressed || profilingObjected;
        }
    }

    /** A lead with an account and no consent standing. */
    public LeadDetail(
            UUID id,
            String stage,
            @Nullable String email,
            Map<String, String> profile,
            @Nullable FirstTouch firstTouch,
            @Nullable Instant qualifiedAt,
            List<String> qualification,
            List<ModelScore> scores,
            List<StageMove> timeline,
            List<String> needsData,
            @Nullable String needsDataModel,
            @Nullable UUID accountId,
            @Nullable String accountName) {
        this(
                id,
                stage,
                email,
                profile,
                firstTouch,
                qualifiedAt,
                qualification,
                scores,
                timeline,
                needsData,
                needsDataModel,
                accountId,
                accountName,
                null,
                List.of());
    }

    /** A lead whose account is not known. */
    public LeadDetail(
            UUID id,
            String stage,
            @Nullable String email,
            Map<String, String> profile,
            @Nullable FirstTouch firstTouch,
            @Nullable Instant qualifiedAt,
            List<String> qualification,
            List<ModelScore> scores,
            List<StageMove> timeline,
            List<String> needsData,
            @Nullable String needsDataModel) {
        this(
                id,
                stage,
                email,
                profile,
                firstTouch,
                qualifiedAt,
                qualification,
                scores,
                timeline,
                needsData,
                needsDataModel,
                null,
                null);
    }

    public LeadDetail {
        needsData = List.copyOf(needsData);
        profile = Map.copyOf(profile);
        qualification = List.copyOf(qualification);
        scores = List.copyOf(scores);
        timeline = List.copyOf(timeline);
        likelihoods = List.copyOf(likelihoods);
    }

    /** The profile by attribute name, in name order. */
    public SortedMap<String, String> sortedProfile() {
        return new TreeMap<>(profile);
    }

    /** The name to show: first and last name from the profile, else the e-mail, else the id. */
    public String displayName() {
        String name = String.join(" ", profile.getOrDefault("firstName", ""), profile.getOrDefault("lastName", ""))
                .strip();
        if (!name.isEmpty()) {
            return name;
        }
        return email != null ? email : id.toString();
    }

    /** The channel, source and campaign of the lead's earliest engagement. */
    public record FirstTouch(
            String channel,
            @Nullable String source,
            @Nullable String campaign,
            @Nullable Instant occurredAt) {

        /** "WEBINAR, source google, campaign spring", leaving out what is unknown. */
        public String describe() {
            return channel
                    + (source == null ? "" : ", source " + source)
                    + (campaign == null ? "" : ", campaign " + campaign);
        }
    }

    /** The score under one model: score = fit + engagement + scale adjustment, with each rule's part. */
    public record ModelScore(
            String model,
            int version,
            @Nullable String segment,
            boolean inSegment,
            int score,
            int fitPoints,
            String fitGrade,
            int engagementPoints,
            int engagementGrade,
            int scaleAdjustment,
            List<String> reasons) {

        public ModelScore {
            reasons = List.copyOf(reasons);
        }
    }

    /** One stage move: from, to, why, who, when. */
    public record StageMove(
            String from,
            String to,
            @Nullable String reason,
            @Nullable String actor,
            @Nullable Instant occurredAt) {}
}
