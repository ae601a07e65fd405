package io.leadflow.scoring.adapter.in.web;

import io.leadflow.kernel.LeadId;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.LeadView;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/leads")
class LeadController {

    private final FindLeadQuery findLead;

    LeadController(FindLeadQuery findLead) {
        this.findLead = findLead;
    }

    /** 200 with the lead's stage, score, reasons and timeline; 404 for a lead scoring never heard of. */
    @GetMapping("/{leadId}")
    LeadResponse lead(@PathVariable String leadId) {
        return toResponse(findLead.findLead(LeadId.parse(leadId)));
    }

    private static LeadResponse toResponse(LeadView lead) {
        return new LeadResponse(
                lead.leadId().toString(),
                lead.stage().name(),
                lead.score(),
                lead.model(),
                lead.modelVersion(),
                lead.reasons(),
                lead.email(),
                text(lead.qualifiedAt()),
                lead.timeline().stream()
                        .map(entry -> new LeadResponse.TimelineEntryResponse(entry.from().name(), entry.to().name(),
                                entry.reason(), entry.actor(), text(entry.occurredAt())))
                        .toList());
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
