package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.LeadPage;
import io.leadflow.scoring.application.port.in.LeadSearch;
import io.leadflow.scoring.application.port.in.predictive.FindLeadLikelihoodQuery;
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
    private final FindLeadLikelihoodQuery likelihoods;
    private final ScoringWebMapper mapper;

    LeadController(
            FindLeadQuery findLead,
            FindLeadsQuery findLeads,
            FindLeadLikelihoodQuery likelihoods,
            ScoringWebMapper mapper) {
        this.findLead = findLead;
        this.findLeads = findLeads;
        this.likelihoods = likelihoods;
        this.mapper = mapper;
    }

    /**
     * 200 with the lead's stage, scores, explanations, timeline and predictive likelihoods; 404 for a lead scoring
     * never heard of.
     */
    @GetMapping("/{leadId}")
    LeadResponse lead(@PathVariable String leadId) {
        LeadId id = LeadId.parse(leadId);
        return LeadResponse.withLikelihoods(mapper.toResponse(findLead.findLead(id)), likelihoods.likelihoods(id));
    }

    /**
     * A page of leads by their segment score: {@code q} (part of the e-mail address or company name, any case),
     * {@code stage}, {@code segment}, {@code grade} (A or A1), {@code minScore}, {@code maxScore}, {@code channel}
     * (of the first touch); {@code page} from 0, {@code size} 1 to 200; {@code sort} score|updatedAt|qualifiedAt with
     * {@code direction} desc (default) or asc; {@code needsData=true}: only leads that wait for data their model
     * requires before they can become MQLs.
     */
    @GetMapping
    LeadPage leads(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String minScore,
            @RequestParam(required = false) String maxScore,
            @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            @RequestParam(defaultValue = "score") String sort,
            @RequestParam(defaultValue = "desc") String direction,
            @RequestParam(defaultValue = "false") String needsData) {
        if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            throw new InvalidValueException("direction", "direction.unknown", "direction is asc or desc");
        }
        return findLeads.findLeads(new LeadSearch(
                q,
                blank(stage) ? null : LifecycleStage.parse(stage),
                blank(segment) ? null : segment,
                blank(grade) ? null : grade.toUpperCase(Locale.ROOT),
                blank(minScore) ? null : integer(minScore, "minScore"),
                blank(maxScore) ? null : integer(maxScore, "maxScore"),
                blank(channel) ? null : Channel.parse(channel),
                integer(page, "page"),
                integer(size, "size"),
                sort,
                direction.equalsIgnoreCase("desc"),
                flag(needsData, "needsData")));
    }

    /** An empty filter (a form's unset field) filters nothing. */
    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean flag(String text, String field) {
        if (blank(text) || text.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidValueException(field, field + ".format", field + " is true or false");
    }

    private static int integer(String text, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field + ".format", field + " must be a whole number");
        }
    }
}
