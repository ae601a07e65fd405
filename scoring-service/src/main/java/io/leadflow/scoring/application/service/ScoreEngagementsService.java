package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementsCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementsUseCase;
import io.leadflow.scoring.domain.Engagement;
import org.springframework.transaction.annotation.Transactional;

class ScoreEngagementsService implements ScoreEngagementsUseCase {

    private final LeadChanges changes;

    ScoreEngagementsService(LeadChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public int scoreEngagements(ScoreEngagementsCommand command) {
        return changes.recordEngagements(command.engagements().stream()
                .map(ScoreEngagementsService::engagement)
                .toList());
    }

    private static LeadChanges.NewEngagement engagement(ScoreEngagementCommand command) {
        return new LeadChanges.NewEngagement(
                command.leadId(),
                new Engagement(
                        command.eventId(),
                        command.type(),
                        command.customType(),
                        command.channel(),
                        command.source(),
                        command.campaign(),
                        command.properties(),
                        command.occurredAt()),
                command.correlationId());
    }
}
