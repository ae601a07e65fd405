package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.domain.Engagement;
import org.springframework.transaction.annotation.Transactional;

class ScoreEngagementService implements ScoreEngagementUseCase {

    private final LeadChanges changes;

    ScoreEngagementService(LeadChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public void scoreEngagement(ScoreEngagementCommand command) {
        Engagement event = new Engagement(
                command.eventId(),
                command.type(),
                command.customType(),
                command.channel(),
                command.source(),
                command.campaign(),
                command.properties(),
                command.occurredAt());
        changes.once(
                command.eventId(),
                command.leadId(),
                command.correlationId(),
                event,
                (lead, now) -> {
                    lead.record(event, now);
                    return true;
                },
                Boolean::booleanValue);
    }
}
