package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.ReassignHandoffCommand;
import io.leadflow.handoff.application.port.in.ReassignHandoffUseCase;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.support.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A manager moves a waiting hand-off to another rep of the team (the console's team board). */
@RestController
class HandoffReassignController {

    private final ReassignHandoffUseCase reassignHandoff;
    private final HandoffWebMapper mapper;

    HandoffReassignController(ReassignHandoffUseCase reassignHandoff, HandoffWebMapper mapper) {
        this.reassignHandoff = reassignHandoff;
        this.mapper = mapper;
    }

    /** 200 with the hand-off in the new rep's hands; a repeat answers the same; 403 for a rep; 409 once accepted. */
    @PostMapping("/api/v1/handoffs/{id}/reassign")
    HandoffResponse reassign(
            @PathVariable String id, @RequestBody(required = false) ReassignHandoffRequest body, Caller caller) {
        var actor = Identity.required(caller);
        var handoffId = WebValues.handoffId(id);
        RepId to = new RepId(WebValues.uuid(RequestBodies.required(body).repId(), "repId"));
        return mapper.toResponse(reassignHandoff.reassignHandoff(new ReassignHandoffCommand(handoffId, to, actor)));
    }
}
