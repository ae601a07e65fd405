package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ArchiveScoringModelUseCase;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.RescoreLeadsUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementsUseCase;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import java.time.Clock;

/**
 * Builds the use cases, whose implementations stay package-private and hidden from adapters. The one way to wire
 * them, alike in every service: each use case has a static factory that takes the {@link Ports} record (every
 * driven port, the clock and the settings the use cases read); configuration declares one {@code Ports} bean and
 * one bean per use case from its factory, and a test passes a {@code Ports} of fakes to the same factory.
 */
public final class ScoringServices {

    /** Every driven port the use cases need, the clock, and how many leads one re-scoring batch takes. */
    public record Ports(
            LeadScoreRepository leads,
            LeadEventStore eventStore,
            LeadHistories histories,
            ScoringModelRepository models,
            RescoringJobs rescoring,
            ProcessedEvents processed,
            LeadEventPublisher events,
            ScoringMetrics metrics,
            Clock clock,
            int rescoringBatchSize) {}

    private ScoringServices() {}

    public static ScoreEngagementUseCase scoreEngagement(Ports p) {
        return new ScoreEngagementService(new LeadChanges(p));
    }

    public static ScoreEngagementsUseCase scoreEngagements(Ports p) {
        return new ScoreEngagementsService(new LeadChanges(p));
    }

    public static RecordProfileUseCase recordProfile(Ports p) {
        return new RecordProfileService(new LeadChanges(p));
    }

    public static RecordStageChangeUseCase recordStageChange(Ports p) {
        return new RecordStageChangeService(new LeadChanges(p));
    }

    public static RecycleLeadUseCase recycleLead(Ports p) {
        return new RecycleLeadService(new LeadChanges(p));
    }

    public static FindLeadQuery findLead(Ports p) {
        return new FindLeadService(p);
    }

    public static FindLeadsQuery findLeads(Ports p) {
        return new FindLeadsService(p);
    }

    public static DraftScoringModelUseCase draftModel(Ports p) {
        return new DraftScoringModelService(p);
    }

    public static PublishScoringModelUseCase publishModel(Ports p) {
        return new PublishScoringModelService(p);
    }

    public static ArchiveScoringModelUseCase archiveModel(Ports p) {
        return new ArchiveScoringModelService(p);
    }

    public static FindScoringModelQuery findModels(Ports p) {
        return new FindScoringModelService(p);
    }

    public static RescoreLeadsUseCase rescoreLeads(Ports p) {
        return new RescoreLeadsService(p, p.rescoringBatchSize());
    }

    public static BacktestScoringModelUseCase backtest(Ports p) {
        return new BacktestService(p);
    }
}
