package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RecordOutcomeCommand;
import io.leadflow.handoff.application.port.in.RecordOutcomeUseCase;
import io.leadflow.handoff.domain.Handoff;
import org.springframework.transaction.annotation.Transactional;

class RecordOutcomeService implements RecordOutcomeUseCase {

    static final String SOURCE = "api";

    private final SalesDecisions decisions;
    private final DealClosing closing;

    RecordOutcomeService(SalesDecisions decisions, DealClosing closing) {
        this.decisions = decisions;
        this.closing = closing;
    }

    @Override
    @Transactional
    public HandoffView recordOutcome(RecordOutcomeCommand command) {
        Handoff handoff = decisions.lockFor(command.handoffId(), command.actor());
        return closing.close(
                handoff, command.outcome(), SOURCE, null, command.actor().user());
    }
}
