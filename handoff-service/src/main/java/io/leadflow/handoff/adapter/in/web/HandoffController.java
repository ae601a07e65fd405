package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.DisqualifyHandoffCommand;
import io.leadflow.handoff.application.port.in.DisqualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.FindInboxQuery;
import io.leadflow.handoff.application.port.in.FindWaitingHandoffsQuery;
import io.leadflow.handoff.application.port.in.PassHandoffCommand;
import io.leadflow.handoff.application.port.in.PassHandoffUseCase;
import io.leadflow.handoff.application.port.in.QualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.kernel.InvalidValueException;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.security.Caller;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/handoffs")
class HandoffController {

    private final FindHandoffQuery findHandoff;
    private final AcceptHandoffUseCase acceptHandoff;
    private final RejectHandoffUseCase rejectHandoff;
    private final QualifyHandoffUseCase qualifyHandoff;
    private final DisqualifyHandoffUseCase disqualifyHandoff;
    private final PassHandoffUseCase passHandoff;
    private final FindInboxQuery inbox;
    private final RegisterSalesLeadUseCase salesLeads;
    private final FindWaitingHandoffsQuery waiting;
    private final HandoffWebMapper mapper;

    HandoffController(
            FindHandoffQuery findHandoff,
            AcceptHandoffUseCase acceptHandoff,
            RejectHandoffUseCase rejectHandoff,
            QualifyHandoffUseCase qualifyHandoff,
            DisqualifyHandoffUseCase disqualifyHandoff,
            PassHandoffUseCase passHandoff,
            FindInboxQuery inbox,
            RegisterSalesLeadUseCase salesLeads,
            FindWaitingHandoffsQuery waiting,
            HandoffWebMapper mapper) {
        this.findHandoff = findHandoff;
        this.acceptHandoff = acceptHandoff;
        this.rejectHandoff = rejectHandoff;
        this.qualifyHandoff = qualifyHandoff;
        this.disqualifyHandoff = disqualifyHandoff;
        this.passHandoff = passHandoff;
        this.inbox = inbox;
        this.salesLeads = salesLeads;
        this.waiting = waiting;
        this.mapper = mapper;
    }

    @GetMapping("/{id}")
    HandoffResponse find(@PathVariable String id, Caller caller) {
        return mapper.toResponse(findHandoff.findHandoff(WebValues.handoffId(id), Identity.required(caller)));
    }

    /**
     * A lead's hand-offs newest first ({@code leadId}), or the caller's inbox ({@code assignee=me}, optionally
     * {@code status=open}) soonest deadline first; a manager's inbox holds their teams' hand-offs. {@code
     * assignee=none}: the hand-offs waiting for a rep routed to the caller's teams (an admin: all), oldest first.
     */
    @GetMapping
    List<HandoffResponse> list(
            @RequestParam(required = false) String leadId,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String status,
            Caller caller) {
        if (assignee != null) {
            if ("none".equals(assignee)) {
                if (status != null && !status.equals("open")) {
                    throw new InvalidValueException(
                            "status", "status.value", "hand-offs waiting for a rep are open: status is open or absent");
                }
                return waiting.findWaitingHandoffs(Identity.required(caller)).stream()
                        .map(mapper::toResponse)
                        .toList();
            }
            if (!"me".equals(assignee)) {
                throw new InvalidValueException("assignee", "assignee.me", "assignee is 'me' or 'none'");
            }
            if (status != null && !status.equals("open") && !status.equals("all")) {
                throw new InvalidValueException("status", "status.value", "status is open or all");
            }
            var actor = Identity.required(caller);
            return inbox.findInbox(actor, !"all".equals(status)).stream()
                    .map(mapper::toResponse)
                    .toList();
        }
        return findHandoff.findHandoffsOfLead(LeadId.parse(leadId), Identity.required(caller)).stream()
                .map(mapper::toResponse)
                .toList();
    }

    /** The rep takes the lead (MQL to SAL); a repeat answers the same; 409 when decided otherwise or without a rep. */
    @PostMapping("/{id}/accept")
    HandoffResponse accept(@PathVariable String id, Caller caller) {
        var actor = Identity.required(caller);
        return mapper.toResponse(acceptHandoff.acceptHandoff(new AcceptHandoffCommand(WebValues.handoffId(id), actor)));
    }

    /** The rep turns the lead down with a reason (to REJECTED); marketing gets it back to nurture. */
    @PostMapping("/{id}/reject")
    HandoffResponse reject(
            @PathVariable String id, @RequestBody(required = false) RejectHandoffRequest body, Caller caller) {
        var actor = Identity.required(caller);
        return mapper.toResponse(rejectHandoff.rejectHandoff(
                mapper.toCommand(WebValues.handoffId(id), RequestBodies.required(body), actor)));
    }

    /** The rep qualifies the accepted lead (SAL to SQL) with BANT and the opportunity amount. */
    @PostMapping("/{id}/qualify")
    HandoffResponse qualify(
            @PathVariable String id, @RequestBody(required = false) QualifyHandoffRequest body, Caller caller) {
        var actor = Identity.required(caller);
        var handoffId = WebValues.handoffId(id);
        return mapper.toResponse(
                qualifyHandoff.qualifyHandoff(mapper.toCommand(handoffId, RequestBodies.required(body), actor)));
    }

    /** The lead will never buy: to DISQUALIFIED. */
    @PostMapping("/{id}/disqualify")
    HandoffResponse disqualify(
            @PathVariable String id, @RequestBody(required = false) DisqualifyHandoffRequest body, Caller caller) {
        var actor = Identity.required(caller);
        var handoffId = WebValues.handoffId(id);
        return mapper.toResponse(disqualifyHandoff.disqualifyHandoff(
                new DisqualifyHandoffCommand(handoffId, body == null ? null : body.reason(), actor)));
    }

    /**
     * A sales-generated lead: the calling rep enters a person they met; it starts at SAL in their hands. 201 with the
     * hand-off.
     */
    @PostMapping
    ResponseEntity<HandoffResponse> registerSalesLead(
            @RequestBody(required = false) SalesLeadRequest body, Caller caller) {
        var actor = Identity.required(caller);
        var view = salesLeads.registerSalesLead(mapper.toCommand(actor, RequestBodies.required(body)));
        return ResponseEntity.created(URI.create("/api/v1/handoffs/" + view.id()))
                .body(mapper.toResponse(view));
    }

    /** Two-tier hand-off: the SDR passes the accepted lead to an account executive of the second team. */
    @PostMapping("/{id}/pass")
    HandoffResponse pass(@PathVariable String id, Caller caller) {
        var actor = Identity.required(caller);
        return mapper.toResponse(passHandoff.passHandoff(new PassHandoffCommand(WebValues.handoffId(id), actor)));
    }
}
