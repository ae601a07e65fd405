package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.application.port.in.ModelVersionView;
import io.leadflow.scoring.domain.ConsentStanding;
import io.leadflow.scoring.domain.Contribution;
import io.leadflow.scoring.domain.Explanation;
import io.leadflow.scoring.domain.ModelScore;
import io.leadflow.scoring.domain.model.ModelStatus;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Scoring's views to response bodies: a lead with its segment's score at the top level and every model's score
 * below, models with their versions. Stages, grades and statuses by name; the lead's times as ISO-8601 text.
 */
@Mapper
interface ScoringWebMapper {

    /** The lead under its segment's model (the first score in its segment), with every other score below. */
    default LeadResponse toResponse(LeadView lead) {
        return toResponse(
                lead,
                lead.scores().stream().filter(ModelScore::inSegment).findFirst().orElse(null));
    }

    @Mapping(target = "leadId", source = "lead.leadId")
    @Mapping(target = "stage", source = "lead.stage")
    @Mapping(target = "score", source = "segmentScore.score")
    @Mapping(target = "model", source = "segmentScore.modelId")
    @Mapping(target = "modelVersion", source = "segmentScore.modelVersion")
    @Mapping(target = "segment", source = "segmentScore.segment")
    @Mapping(target = "fitGrade", source = "segmentScore.fitGrade")
    @Mapping(target = "engagementGrade", source = "segmentScore.engagementGrade")
    @Mapping(target = "reasons", expression = "java(reasons(lead, segmentScore))")
    @Mapping(target = "email", source = "lead.email")
    @Mapping(target = "profile", source = "lead.profile")
    @Mapping(target = "firstTouch", source = "lead.firstTouch")
    @Mapping(target = "qualifiedAt", source = "lead.qualifiedAt")
    @Mapping(target = "qualification", source = "lead.qualification")
    @Mapping(target = "scores", source = "lead.scores")
    @Mapping(target = "timeline", source = "lead.timeline")
    @Mapping(
            target = "needsData",
            expression = "java(lead.needsData() == null ? java.util.List.of() : lead.needsData().missing())")
    @Mapping(target = "accountId", source = "lead.accountId")
    @Mapping(target = "accountName", source = "lead.accountName")
    @Mapping(target = "likelihoods", expression = "java(java.util.List.of())")
    @Mapping(target = "consent", expression = "java(consent(lead.consent()))")
    LeadResponse toResponse(LeadView lead, ModelScore segmentScore);

    default LeadResponse.ConsentResponse consent(ConsentStanding c) {
        return new LeadResponse.ConsentResponse(
                c.contactSuppressed(),
                c.suppressedSince() == null ? null : c.suppressedSince().toString(),
                c.suppressedBecause(),
                c.profilingObjected(),
                c.objectedSince() == null ? null : c.objectedSince().toString());
    }

    @Mapping(target = "model", source = "modelId")
    @Mapping(target = "reasons", source = "contributions")
    LeadResponse.ScoreResponse toResponse(ModelScore score);

    @Mapping(target = "explanation", source = "explanation")
    @Mapping(target = "lines", expression = "java(explanation.lines())")
    LeadResponse.QualificationResponse toResponse(Explanation explanation);

    LeadResponse.TimelineEntryResponse toResponse(LeadView.TimelineEntry entry);

    ModelVersionResponse toResponse(ModelVersionView version);

    /** A model with its versions; {@code publishedVersion} is null while no version is published. */
    default ModelResponse toResponse(List<ModelVersionView> versions) {
        return toResponse(
                versions.getFirst().modelId(),
                versions.stream()
                        .filter(v -> v.status() == ModelStatus.PUBLISHED)
                        .map(ModelVersionView::version)
                        .findFirst()
                        .orElse(null),
                versions);
    }

    ModelResponse toResponse(String modelId, Integer publishedVersion, List<ModelVersionView> versions);

    ModelResponse.VersionSummary toSummary(ModelVersionView version);

    /**
     * Why a lead waits for data (first), the current reasons, and those the lead last qualified with (they may have
     * faded since).
     */
    default List<String> reasons(LeadView lead, ModelScore score) {
        List<String> contributions = score == null
                ? List.of()
                : Stream.concat(
                                texts(score.contributions()).stream(),
                                score.likelihoods().stream().map(line -> "Likelihood: " + line))
                        .toList();
        List<String> now = lead.needsData() == null
                ? contributions
                : Stream.concat(Stream.of(lead.needsData().text()), contributions.stream())
                        .toList();
        if (lead.qualification() == null) {
            return now;
        }
        return Stream.concat(now.stream(), lead.qualification().lines().stream().filter(line -> !now.contains(line)))
                .toList();
    }

    default List<String> texts(List<Contribution> contributions) {
        return contributions.stream().map(Contribution::text).toList();
    }

    default String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    default String text(LeadId id) {
        return id.toString();
    }
}
