package io.leadflow.scoring.application.service;

import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.LifecycleStage;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.RecordProfileCommand;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.application.port.in.RecordStageChangeCommand;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementCommand;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.domain.DefaultScoringModel;
import io.leadflow.scoring.domain.ScoringModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** The use cases wired to in-memory fakes, with a fixed clock, and builders for their commands. */
final class ScoringFixture {

    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final String CORRELATION = "corr-1";

    final InMemoryLeadScoreRepository leads = new InMemoryLeadScoreRepository();
    final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    final RecordingLeadEventPublisher events = new RecordingLeadEventPublisher();
    private final ScoringModel model = DefaultScoringModel.create();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final ScoreEngagementUseCase scoreEngagement =
            ScoringServices.scoreEngagement(leads, processed, events, model, clock);
    final RecordProfileUseCase recordProfile = ScoringServices.recordProfile(leads, processed, events, model, clock);
    final RecordStageChangeUseCase recordStageChange =
            ScoringServices.recordStageChange(leads, processed, events, model, clock);
    final RecycleLeadUseCase recycleLead = ScoringServices.recycleLead(leads, processed, events, model, clock);
    final FindLeadQuery findLead = ScoringServices.findLead(leads, model);

    static ScoreEngagementCommand anEngagement(LeadId leadId, EngagementType type) {
        return new ScoreEngagementCommand(UUID.randomUUID(), leadId, type, NOW.minusSeconds(30), CORRELATION);
    }

    static RecordProfileCommand aProfile(LeadId leadId, String email, boolean freeMail) {
        return new RecordProfileCommand(UUID.randomUUID(), leadId, email, freeMail, NOW.minusSeconds(60),
                CORRELATION);
    }

    static RecordStageChangeCommand aMove(LeadId leadId, LifecycleStage from, LifecycleStage to, long secondsAgo) {
        return new RecordStageChangeCommand(UUID.randomUUID(), leadId, from, to, "because", "handoff-service",
                NOW.minusSeconds(secondsAgo), CORRELATION);
    }
}
