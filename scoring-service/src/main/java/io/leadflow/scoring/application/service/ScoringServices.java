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

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden from
 * adapters while configuration (or a test with fakes) can still wire them.
 */
public final class ScoringServices {

    private final Ports ports;

    public ScoringServices(Ports ports) {
        this.ports = ports;
    }

    public ScoreEngagementUseCase scoreEngagement() {
        return new ScoreEngagementService(new LeadChanges(ports));
    }

    public ScoreEngagementsUseCase scoreEngagements() {
        return new ScoreEngagementsService(new LeadChanges(ports));
    }

    public RecordProfileUseCase recordProfile() {
        return new RecordProfileService(new LeadChanges(ports));
    }

    public RecordStageChangeUseCase recordStageChange() {
        return new RecordStageChangeService(new LeadChanges(ports));
    }

    public RecycleLeadUseCase recycleLead() {
        return new RecycleLeadService(new LeadChanges(ports));
    }

    public FindLeadQuery findLead() {
        return new FindLeadService(ports);
    }

    public FindLeadsQuery findLeads() {
        return new FindLeadsService(ports);
    }

    public DraftScoringModelUseCase draftModel() {
        return new DraftScoringModelService(ports);
    }

    public PublishScoringModelUseCase publishModel() {
        return new PublishScoringModelService(ports);
    }

    public ArchiveScoringModelUseCase archiveModel() {
        return new ArchiveScoringModelService(ports);
    }

    public FindScoringModelQuery findModels() {
        return new FindScoringModelService(ports);
    }

    public RescoreLeadsUseCase rescoreLeads(int batchSize) {
        return new RescoreLeadsService(ports, batchSize);
    }

    public BacktestScoringModelUseCase backtest() {
        return new BacktestService(ports);
    }
}
