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

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden from
 * adapters while configuration (or a test with fakes) can still wire them.
 */
public final class ScoringServices {

    private final Ports ports;
    private final PublishScoringModelService publishing;
    private final FindLeadService leadViews;

    public ScoringServices(Ports ports) {
        this.ports = ports;
        this.publishing = new PublishScoringModelService(ports);
        this.leadViews = new FindLeadService(ports);
    }

    public ScoreEngagementUseCase scoreEngagement() {
        return new ScoreEngagementService(new LeadChanges(ports));
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
        return leadViews;
    }

    public FindLeadsQuery findLeads() {
        return leadViews;
    }

    public DraftScoringModelUseCase draftModel() {
        return new DraftScoringModelService(ports);
    }

    public PublishScoringModelUseCase publishModel() {
        return publishing;
    }

    public ArchiveScoringModelUseCase archiveModel() {
        return publishing;
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
