package io.leadflow.console.adapter.out.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.leadflow.console.application.LeadDetail;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The part of scoring's {@code LeadResponse} the lead's page shows; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LeadBody(
        UUID leadId,
        String stage,
        @Nullable String email,
        @Nullable Map<String, String> profile,
        @Nullable Touch firstTouch,
        @Nullable Instant qualifiedAt,
        @Nullable Qualification qualification,
        @Nullable List<Score> scores,
        @Nullable List<Move> timeline,
        @Nullable List<String> needsData,
        @Nullable String model,
        @Nullable UUID accountId,
        @Nullable String accountName,
        @Nullable Consent consent,
        @Nullable List<Likelihood> likelihoods) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Likelihood(
            String model,
            int version,
            int percent,
            @Nullable List<Reason> reasons) {

        LeadDetail.Likelihood toLikelihood() {
            return new LeadDetail.Likelihood(
                    model,
                    version,
                    percent,
                    reasons == null
                            ? List.of()
                            : reasons.stream().map(Reason::text).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Consent(
            boolean contactSuppressed,
            @Nullable Instant suppressedSince,
            @Nullable String suppressedBecause,
            boolean profilingObjected,
            @Nullable Instant objectedSince) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Touch(
            @Nullable String channel,
            @Nullable String source,
            @Nullable String campaign,
            @Nullable Instant occurredAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Qualification(@Nullable List<String> lines) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score(
            String model,
            int modelVersion,
            @Nullable String segment,
            boolean inSegment,
            int score,
            int fitPoints,
            @Nullable String fitGrade,
            int engagementPoints,
            int engagementGrade,
            int scaleAdjustment,
            @Nullable List<String> reasons) {

        LeadDetail.ModelScore toScore() {
            return new LeadDetail.ModelScore(
                    model,
                    modelVersion,
                    segment,
                    inSegment,
                    score,
                    fitPoints,
                    fitGrade == null ? "" : fitGrade,
                    engagementPoints,
                    engagementGrade,
                    scaleAdjustment,
                    reasons == null ? List.of() : reasons);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Move(
            String from,
            String to,
            @Nullable String reason,
            @Nullable String actor,
            @Nullable Instant occurredAt) {}

    LeadDetail toDetail() {
        return new LeadDetail(
                leadId,
                stage,
                email,
                profile == null ? Map.of() : profile,
                firstTouch == null || firstTouch.channel() == null
                        ? null
                        : new LeadDetail.FirstTouch(
                                firstTouch.channel(),
                                firstTouch.source(),
                                firstTouch.campaign(),
                                firstTouch.occurredAt()),
                qualifiedAt,
                qualification == null || qualification.lines() == null ? List.of() : qualification.lines(),
                scores == null ? List.of() : scores.stream().map(Score::toScore).toList(),
                timeline == null
                        ? List.of()
                        : timeline.stream()
                                .map(m -> new LeadDetail.StageMove(
                                        m.from(), m.to(), m.reason(), m.actor(), m.occurredAt()))
                                .toList(),
                needsData == null ? List.of() : needsData,
                model,
                accountId,
                accountName,
                consent == null
                        ? null
                        : new LeadDetail.Consent(
                                consent.contactSuppressed(),
                                consent.suppressedSince(),
                                consent.suppressedBecause(),
                                consent.profilingObjected(),
                                consent.objectedSince()),
                likelihoods == null
                        ? List.of()
                        : likelihoods.stream().map(Likelihood::toLikelihood).toList());
    }
}
