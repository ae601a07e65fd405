package io.leadflow.handoff.adapter.in.web;

import io.leadflow.handoff.application.port.in.RecordOutcomeCommand;
import io.leadflow.handoff.application.port.in.RecordOutcomeUseCase;
import io.leadflow.handoff.domain.LostReason;
import io.leadflow.handoff.domain.Outcome;
import io.leadflow.handoff.domain.OutcomeKind;
import io.leadflow.support.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Outcomes of qualified leads as a rep (their manager, an admin) records them: OPPORTUNITY, WON, LOST. */
@RestController
class OutcomeController {

    private final RecordOutcomeUseCase recordOutcome;
    private final HandoffWebMapper mapper;

    OutcomeController(RecordOutcomeUseCase recordOutcome, HandoffWebMapper mapper) {
        this.recordOutcome = recordOutcome;
        this.mapper = mapper;
    }

    /** The same outcome twice answers the same; a different one, or one the lead cannot take, is a 409. */
    @PostMapping("/api/v1/handoffs/{id}/outcome")
    HandoffResponse record(@PathVariable String id, @RequestBody(required = false) OutcomeRequest body, Caller caller) {
        var actor = Identity.required(caller);
        var handoffId = WebValues.handoffId(id);
        OutcomeRequest request = RequestBodies.required(body);
        OutcomeKind kind = OutcomeKind.parse(request.outcome());
        Outcome outcome = new Outcome(
                kind,
                request.amount(),
                request.currency(),
                request.lostReason() == null ? null : LostReason.parse(request.lostReason()),
                request.note());
        return mapper.toResponse(recordOutcome.recordOutcome(new RecordOutcomeCommand(handoffId, outcome, actor)));
    }
}
