package io.leadflow.ingestion.adapter.in.web;

import io.leadflow.ingestion.application.port.in.ChangeConsentCommand;
import io.leadflow.ingestion.application.port.in.ChangeConsentUseCase;
import io.leadflow.ingestion.application.port.in.ConsentView;
import io.leadflow.ingestion.application.port.in.FindConsentQuery;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's standing on the suppression list, and marketing's or an admin's explicit change of it: the one way,
 * besides a consent-given signal from the person's own tools, to re-subscribe someone who unsubscribed.
 */
@RestController
class ConsentController {

    /** {@code marketing}: true re-subscribes, false suppresses; {@code profiling}: false objects, true lifts it. */
    record ConsentRequest(Boolean marketing, Boolean profiling) {}

    /** The standing: suppressed since when and why, objected to profiling since when, and its revision. */
    record ConsentResponse(
            String leadId,
            boolean contactSuppressed,
            String suppressedSince,
            String suppressedBecause,
            boolean profilingObjected,
            String objectedSince,
            long revision,
            String changedBy) {

        static ConsentResponse of(ConsentView v) {
            return new ConsentResponse(
                    v.leadId().toString(),
                    v.contactSuppressed(),
                    v.suppressedSince() == null ? null : v.suppressedSince().toString(),
                    v.suppressedBecause(),
                    v.profilingObjected(),
                    v.objectedSince() == null ? null : v.objectedSince().toString(),
                    v.revision(),
                    v.changedBy());
        }
    }

    private final ChangeConsentUseCase changeConsent;
    private final FindConsentQuery findConsent;

    ConsentController(ChangeConsentUseCase changeConsent, FindConsentQuery findConsent) {
        this.changeConsent = changeConsent;
        this.findConsent = findConsent;
    }

    @GetMapping("/api/v1/contacts/{leadId}/consent")
    ConsentResponse consent(@PathVariable String leadId) {
        LeadId lead = LeadId.parse(leadId);
        return findConsent
                .findConsent(lead)
                .map(ConsentResponse::of)
                .orElseThrow(() -> new NotFoundException("contact", "no contact with lead id " + lead));
    }

    @PutMapping("/api/v1/contacts/{leadId}/consent")
    ConsentResponse change(
            @PathVariable String leadId,
            @RequestBody(required = false) ConsentRequest body,
            Caller caller,
            @RequestHeader(name = Callers.CORRELATION, required = false) String correlationId) {
        LeadId lead = LeadId.parse(leadId);
        ChangeConsentCommand command = new ChangeConsentCommand(
                lead,
                body == null ? null : body.marketing(),
                body == null ? null : body.profiling(),
                caller.user(),
                Callers.correlation(correlationId));
        return changeConsent
                .changeConsent(command)
                .map(ConsentResponse::of)
                .orElseThrow(() -> new NotFoundException("contact", "no contact with lead id " + lead));
    }
}
