package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.in.LeadView;
import io.leadflow.scoring.domain.Contribution;
import io.leadflow.scoring.domain.ModelScore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
class LeadController {

    private final FindLeadQuery findLead;
    private final FindLeadsQuery findLeads;

    LeadController(FindLeadQuery findLead, FindLeadsQuery findLeads) {
        this.findLead = findLead;
        this.findLeads = findLeads;
    }

    /** 200 with the lead's stage, scores, explanations and timeline; 404 for a lead scoring never heard of. */
    @GetMapping("/{leadId}")
    LeadResponse lead(@PathVariable String leadId) {
        return toResponse(findLead.findLead(LeadId.parse(leadId)));
    }

    /**
     * A page of leads by their segment score: {@code stage}, {@code segment}, {@code grade} (A or A1),
     * {@code minScore}; {@code page} from 0, {@code size} 1 to 200; {@code sort} score|updatedAt|qualifiedAt with
     * {@code direction} desc (default) or asc.
     */
    @GetMapping
    LeadPage leads(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String minScore,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            @RequestParam(defaultValue = "score") String sort,
            @RequestParam(defaultValue = "desc") String direction) {
        if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            throw new InvalidValueException("direction", "direction.unknown", "direction is asc or desc");
        }
        return findLeads.findLeads(new LeadSearch(
                stage == null ? null : LifecycleStage.parse(stage),
                segment,
                grade == null ? null : grade.toUpperCase(Locale.ROOT),
                minScore == null ? null : integer(minScore, "minScore"),
                integer(page, "page"),
                integer(size, "size"),
                sort,
                direction.equalsIgnoreCase("desc")));
    }

    private static int integer(String text, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".format", field + " must be a whole number");
        }
    }

    private static LeadResponse toResponse(LeadView lead) {
        List<LeadResponse.ScoreResponse> scores =
                lead.scores().stream().map(LeadController::score).toList();
        ModelScore segmentScore =
                lead.scores().stream().filter(ModelScore::inSegment).findFirst().orElse(null);
        return new LeadResponse(
                lead.leadId().toString(),
                lead.stage().name(),
                segmentScore == null ? 0 : segmentScore.score(),
                segmentScore == null ? null : segmentScore.modelId(),
                segmentScore == null ? 0 : segmentScore.modelVersion(),
                segmentScore == null ? null : segmentScore.segment(),
                segmentScore == null ? null : segmentScore.fitGrade().name(),
                segmentScore == null ? null : segmentScore.engagementGrade(),
                reasons(lead, segmentScore),
                lead.email(),
                lead.firstTouch(),
                text(lead.qualifiedAt()),
                lead.qualification() == null
                        ? null
                        : new LeadResponse.QualificationResponse(
                                lead.qualification(), lead.qualification().lines()),
                scores,
                lead.timeline().stream()
                        .map(entry -> new LeadResponse.TimelineEntryResponse(
                                entry.from().name(),
                                entry.to().name(),
                                entry.reason(),
                                entry.actor(),
                                text(entry.occurredAt())))
                        .toList());
    }

    /** The current reasons, and those the lead last qualified with (they may have faded since). */
    private static List<String> reasons(LeadView lead, ModelScore score) {
        List<String> now = score == null
                ? List.of()
                : score.contributions().stream().map(Contribution::text).toList();
        if (lead.qualification() == null) {
            return now;
        }
        return java.util.stream.Stream.concat(
                        now.stream(), lead.qualification().lines().stream().filter(line -> !now.contains(line)))
                .toList();
    }

    private static LeadResponse.ScoreResponse score(ModelScore score) {
        return new LeadResponse.ScoreResponse(
                score.modelId(),
                score.modelVersion(),
                score.segment(),
                score.inSegment(),
                score.asOf(),
                score.score(),
                score.fitPoints(),
                score.fitGrade().name(),
                score.engagementPoints(),
                score.engagementGrade(),
                score.scaleAdjustment(),
                score.contributions(),
                score.contributions().stream().map(Contribution::text).toList());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
