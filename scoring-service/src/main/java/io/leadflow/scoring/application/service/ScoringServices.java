package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.domain.ScoringModel;
import java.time.Clock;

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden from
 * adapters while configuration (or a test with fakes) can still wire them.
 */
public final class ScoringServices {

    private ScoringServices() {
    }

    public static ScoreEngagementUseCase scoreEngagement(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return new ScoreEngagementService(new LeadChanges(leads, processed, events, model, clock));
    }

    public static RecordProfileUseCase recordProfile(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return new RecordProfileService(new LeadChanges(leads, processed, events, model, clock));
    }

    public static RecordStageChangeUseCase recordStageChange(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return new RecordStageChangeService(new LeadChanges(leads, processed, events, model, clock));
    }

    public static RecycleLeadUseCase recycleLead(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return new RecycleLeadService(new LeadChanges(leads, processed, events, model, clock));
    }

    public static FindLeadQuery findLead(LeadScoreRepository leads, ScoringModel model) {
        return new FindLeadService(leads, model);
    }
}
