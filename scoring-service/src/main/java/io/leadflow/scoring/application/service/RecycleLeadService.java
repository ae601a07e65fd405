package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.RecycleLeadCommand;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.RecycleOutcome;
import io.leadflow.scoring.domain.RecycleRequest;
import io.leadflow.scoring.domain.Recycling;
import org.springframework.transaction.annotation.Transactional;

class RecycleLeadService implements RecycleLeadUseCase {

    private final LeadChanges changes;

    RecycleLeadService(LeadChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RecycleOutcome recycleLead(RecycleLeadCommand command) {
        return changes.once(
                        command.eventId(),
                        command.leadId(),
                        command.correlationId(),
                        null,
                        (lead, now) -> lead.recycle(new RecycleRequest(command.trigger(), command.history()), now),
                        recycling -> recycling != Recycling.NOT_APPLICABLE)
                .map(recycling -> switch (recycling) {
                    case REQUALIFIED -> RecycleOutcome.REQUALIFIED;
                    case AWAITING_STAGE -> RecycleOutcome.AWAITING_STAGE;
                    case NOT_APPLICABLE -> RecycleOutcome.NOT_APPLICABLE;
                })
                .orElse(RecycleOutcome.DUPLICATE);
    }
}
