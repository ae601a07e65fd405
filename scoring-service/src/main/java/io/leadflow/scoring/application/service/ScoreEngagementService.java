package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.domain.ScoredEngagement;
import org.springframework.transaction.annotation.Transactional;

class ScoreEngagementService implements ScoreEngagementUseCase {

    private final LeadChanges changes;

    ScoreEngagementService(LeadChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public void scoreEngagement(ScoreEngagementCommand command) {
        changes.once(command.eventId(), command.leadId(), command.correlationId(),
                (lead, now) -> lead.record(
                        new ScoredEngagement(command.eventId(), command.type(), command.occurredAt()), now),
                Boolean::booleanValue);
    }
}
