package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.domain.ProfileFacts;
import org.springframework.transaction.annotation.Transactional;

class RecordProfileService implements RecordProfileUseCase {

    private final LeadChanges changes;

    RecordProfileService(LeadChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public void recordProfile(RecordProfileCommand command) {
        changes.once(
                command.eventId(),
                command.leadId(),
                command.correlationId(),
                null,
                (lead, now) -> lead.updateProfile(
                        new ProfileFacts(command.email(), command.attributes(), command.occurredAt()), now),
                Boolean::booleanValue);
    }
}
