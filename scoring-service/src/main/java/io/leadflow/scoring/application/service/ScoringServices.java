package io.leadflow.scoring.application.service;

import io.leadflow.scoring.application.port.in.ArchiveScoringModelUseCase;
import io.leadflow.scoring.application.port.in.AssignLeadAccountUseCase;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.CreateAccountUseCase;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.EvaluateAccountsUseCase;
import io.leadflow.scoring.application.port.in.FindAccountQuery;
import io.leadflow.scoring.application.port.in.FindAccountViewQuery;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.application.port.in.RecordConsentUseCase;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.RescoreLeadsUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementsUseCase;
import io.leadflow.scoring.application.port.in.UpdateAccountUseCase;
import io.leadflow.scoring.application.port.out.AccountQualifications;
import io.leadflow.scoring.application.port.out.AccountRepository;
import io.leadflow.scoring.application.port.out.ConsentRegister;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.domain.account.Persona;
import io.leadflow.scoring.domain.account.Rollup;
import java.time.Clock;
import java.util.List;

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
            int rescoringBatchSize,
            AccountRepository accounts,
            AccountQualifications qualifications,
            PublishedLikelihoods likelihoods) {

        public Ports {
            likelihoods = likelihoods == null ? PublishedLikelihoods.none() : likelihoods;
        }

        /** Ports without predictive models: every likelihood condition is false. */
        public Ports(
                LeadScoreRepository leads,
                LeadEventStore eventStore,
                LeadHistories histories,
                ScoringModelRepository models,
                RescoringJobs rescoring,
                ProcessedEvents processed,
                LeadEventPublisher events,
                ScoringMetrics metrics,
                Clock clock,
                int rescoringBatchSize,
                AccountRepository accounts,
                AccountQualifications qualifications) {
            this(
                    leads,
                    eventStore,
                    histories,
                    models,
                    rescoring,
                    processed,
                    events,
                    metrics,
                    clock,
                    rescoringBatchSize,
                    accounts,
                    qualifications,
                    null);
        }
    }

    private ScoringServices() {}

    public static ScoreEngagementUseCase scoreEngagement(Ports p) {
        return new ScoreEngagementService(new LeadChanges(p));
    }

    public static ScoreEngagementsUseCase scoreEngagements(Ports p) {
        return new ScoreEngagementsService(new LeadChanges(p));
    }

    public static RecordConsentUseCase recordConsent(Ports p, ConsentRegister consent) {
        return new RecordConsentService(p.processed(), consent);
    }

    public static RecordProfileUseCase recordProfile(Ports p) {
        LeadChanges changes = new LeadChanges(p);
        return new RecordProfileService(changes, new AccountLinks(p.accounts(), changes));
    }

    public static io.leadflow.scoring.application.port.in.RecordDealAmountUseCase recordDealAmount(
            Ports p, io.leadflow.scoring.application.port.out.DealAmounts amounts) {
        return new RecordDealAmountService(p.processed(), amounts);
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

    public static io.leadflow.scoring.application.port.in.FindFunnelReportQuery findFunnelReport(
            Ports p,
            io.leadflow.scoring.application.port.out.FunnelReports reports,
            io.leadflow.scoring.domain.ExchangeRates rates) {
        return new FindFunnelReportService(reports, p.clock(), rates);
    }

    public static BacktestScoringModelUseCase backtest(Ports p) {
        return new BacktestService(p);
    }

    public static CreateAccountUseCase createAccount(Ports p) {
        return new CreateAccountService(p.accounts(), p.clock());
    }

    public static UpdateAccountUseCase updateAccount(Ports p) {
        return new UpdateAccountService(p.accounts(), links(p), p.clock());
    }

    public static ImportAccountsUseCase importAccounts(Ports p) {
        return new ImportAccountsService(p.accounts(), links(p), p.clock());
    }

    public static FindAccountQuery findAccounts(Ports p) {
        return new FindAccountService(p.accounts());
    }

    public static AssignLeadAccountUseCase assignLeadAccount(Ports p) {
        LeadChanges changes = new LeadChanges(p);
        return new AssignLeadAccountService(
                p.accounts(), p.leads(), p.models(), changes, new AccountLinks(p.accounts(), changes));
    }

    public static FindAccountViewQuery findAccountView(Ports p, Rollup rollup, List<Persona> personas) {
        return new FindAccountViewService(p.accounts(), p.leads(), p.qualifications(), rollup, personas);
    }

    public static EvaluateAccountsUseCase evaluateAccounts(Ports p, Rollup rollup, List<Persona> personas) {
        return new EvaluateAccountsService(p, rollup, personas);
    }

    private static AccountLinks links(Ports p) {
        return new AccountLinks(p.accounts(), new LeadChanges(p));
    }
}
