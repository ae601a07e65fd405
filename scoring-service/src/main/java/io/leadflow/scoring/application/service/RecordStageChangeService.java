package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.RecordStageChangeCommand;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.domain.StageChange;
import org.springframework.transaction.annotation.Transactional;

class RecordStageChangeService implements RecordStageChangeUseCase {

    private final LeadChanges changes;

    RecordStageChangeService(LeadChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public void recordStageChange(RecordStageChangeCommand command) {
        StageChange change = new StageChange(
                command.eventId(),
                command.from(),
                command.to(),
                command.reason(),
                command.actor(),
                command.occurredAt(),
                command.amount(),
                command.currency(),
                command.assignedTo());
        // a recycle that waited for this move requalifies the lead here, and is published with it
        changes.once(
                command.eventId(),
                command.leadId(),
                command.correlationId(),
                null,
                (lead, now) -> lead.recordStageChange(change, now),
                Boolean::booleanValue);
    }
}
