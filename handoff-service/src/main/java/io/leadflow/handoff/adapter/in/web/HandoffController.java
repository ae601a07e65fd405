package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.AcceptHandoffCommand;
import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.kernel.LeadId;
import java.util.List;
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

    HandoffController(FindHandoffQuery findHandoff, AcceptHandoffUseCase acceptHandoff,
            RejectHandoffUseCase rejectHandoff) {
        this.findHandoff = findHandoff;
        this.acceptHandoff = acceptHandoff;
        this.rejectHandoff = rejectHandoff;
    }

    @GetMapping("/{id}")
    HandoffResponse find(@PathVariable String id) {
        return HandoffResponse.from(findHandoff.findHandoff(WebRequestMapper.handoffId(id)));
    }

    /** A lead's hand-offs, newest first. */
    @GetMapping
    List<HandoffResponse> ofLead(@RequestParam(required = false) String leadId) {
        return findHandoff.findHandoffsOfLead(LeadId.parse(leadId)).stream().map(HandoffResponse::from).toList();
    }

    /** The rep takes the lead (MQL to SAL); 409 when the hand-off was decided before or has no rep. */
    @PostMapping("/{id}/accept")
    HandoffResponse accept(@PathVariable String id) {
        return HandoffResponse.from(
                acceptHandoff.acceptHandoff(new AcceptHandoffCommand(WebRequestMapper.handoffId(id))));
    }

    /** The rep turns the lead down with a reason (to REJECTED); marketing gets it back to nurture. */
    @PostMapping("/{id}/reject")
    HandoffResponse reject(@PathVariable String id, @RequestBody(required = false) RejectHandoffRequest body) {
        return HandoffResponse.from(
                rejectHandoff.rejectHandoff(WebRequestMapper.toCommand(WebRequestMapper.handoffId(id), body)));
    }
}
