package io.leadflow.scoring.config;

import io.leadflow.scoring.application.port.in.ArchiveScoringModelUseCase;
import io.leadflow.scoring.application.port.in.AssignLeadAccountUseCase;
import io.leadflow.scoring.application.port.in.BacktestScoringModelUseCase;
import io.leadflow.scoring.application.port.in.CreateAccountUseCase;
import io.leadflow.scoring.application.port.in.DraftScoringModelUseCase;
import io.leadflow.scoring.application.port.in.EvaluateAccountsUseCase;
import io.leadflow.scoring.application.port.in.FindAccountQuery;
import io.leadflow.scoring.application.port.in.FindAccountViewQuery;
import io.leadflow.scoring.application.port.in.FindFunnelReportQuery;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.FindLeadsQuery;
import io.leadflow.scoring.application.port.in.FindScoringModelQuery;
import io.leadflow.scoring.application.port.in.ImportAccountsUseCase;
import io.leadflow.scoring.application.port.in.PublishScoringModelUseCase;
import io.leadflow.scoring.application.port.in.RecordConsentUseCase;
import io.leadflow.scoring.application.port.in.RecordDealAmountUseCase;
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
import io.leadflow.scoring.application.port.out.DealAmounts;
import io.leadflow.scoring.application.port.out.FunnelReports;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadEventStore;
import io.leadflow.scoring.application.port.out.LeadHistories;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.port.out.RescoringJobs;
import io.leadflow.scoring.application.port.out.ScoringMetrics;
import io.leadflow.scoring.application.port.out.ScoringModelRepository;
import io.leadflow.scoring.application.service.PublishedLikelihoods;
import io.leadflow.scoring.application.service.ScoringServices;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({RescoringProperties.class, AccountProperties.class, ReportProperties.class})
class ScoringConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ScoringServices.Ports scoringPorts(
            LeadScoreRepository leads,
            LeadEventStore eventStore,
            LeadHistories histories,
            ScoringModelRepository models,
            RescoringJobs rescoring,
            ProcessedEvents processed,
            LeadEventPublisher events,
            ScoringMetrics metrics,
            Clock clock,
            RescoringProperties rescoringProperties,
            AccountRepository accounts,
            AccountQualifications qualifications,
            PublishedLikelihoods likelihoods) {
        return new ScoringServices.Ports(
                leads,
                eventStore,
                histories,
                models,
                rescoring,
                processed,
                events,
                metrics,
                clock,
                rescoringProperties.batchSize(),
                accounts,
                qualifications,
                likelihoods);
    }

    @Bean
    ScoreEngagementUseCase scoreEngagementUseCase(ScoringServices.Ports ports) {
        return ScoringServices.scoreEngagement(ports);
    }

    @Bean
    ScoreEngagementsUseCase scoreEngagementsUseCase(ScoringServices.Ports ports) {
        return ScoringServices.scoreEngagements(ports);
    }

    @Bean
    RecordProfileUseCase recordProfileUseCase(ScoringServices.Ports ports) {
        return ScoringServices.recordProfile(ports);
    }

    @Bean
    RecordDealAmountUseCase recordDealAmountUseCase(ScoringServices.Ports ports, DealAmounts amounts) {
        return ScoringServices.recordDealAmount(ports, amounts);
    }

    @Bean
    RecordStageChangeUseCase recordStageChangeUseCase(ScoringServices.Ports ports) {
        return ScoringServices.recordStageChange(ports);
    }

    @Bean
    RecycleLeadUseCase recycleLeadUseCase(ScoringServices.Ports ports) {
        return ScoringServices.recycleLead(ports);
    }

    @Bean
    FindLeadQuery findLeadQuery(ScoringServices.Ports ports) {
        return ScoringServices.findLead(ports);
    }

    @Bean
    FindLeadsQuery findLeadsQuery(ScoringServices.Ports ports) {
        return ScoringServices.findLeads(ports);
    }

    @Bean
    DraftScoringModelUseCase draftScoringModelUseCase(ScoringServices.Ports ports) {
        return ScoringServices.draftModel(ports);
    }

    @Bean
    PublishScoringModelUseCase publishScoringModelUseCase(ScoringServices.Ports ports) {
        return ScoringServices.publishModel(ports);
    }

    @Bean
    ArchiveScoringModelUseCase archiveScoringModelUseCase(ScoringServices.Ports ports) {
        return ScoringServices.archiveModel(ports);
    }

    @Bean
    FindScoringModelQuery findScoringModelQuery(ScoringServices.Ports ports) {
        return ScoringServices.findModels(ports);
    }

    @Bean
    RescoreLeadsUseCase rescoreLeadsUseCase(ScoringServices.Ports ports) {
        return ScoringServices.rescoreLeads(ports);
    }

    @Bean
    FindFunnelReportQuery findFunnelReportQuery(
            ScoringServices.Ports ports, FunnelReports reports, ReportProperties reportProperties) {
        return ScoringServices.findFunnelReport(ports, reports, reportProperties.toRates());
    }

    @Bean
    BacktestScoringModelUseCase backtestScoringModelUseCase(ScoringServices.Ports ports) {
        return ScoringServices.backtest(ports);
    }

    @Bean
    CreateAccountUseCase createAccountUseCase(ScoringServices.Ports ports) {
        return ScoringServices.createAccount(ports);
    }

    @Bean
    UpdateAccountUseCase updateAccountUseCase(ScoringServices.Ports ports) {
        return ScoringServices.updateAccount(ports);
    }

    @Bean
    ImportAccountsUseCase importAccountsUseCase(ScoringServices.Ports ports) {
        return ScoringServices.importAccounts(ports);
    }

    @Bean
    FindAccountQuery findAccountQuery(ScoringServices.Ports ports) {
        return ScoringServices.findAccounts(ports);
    }

    @Bean
    AssignLeadAccountUseCase assignLeadAccountUseCase(ScoringServices.Ports ports) {
        return ScoringServices.assignLeadAccount(ports);
    }

    @Bean
    FindAccountViewQuery findAccountViewQuery(ScoringServices.Ports ports, AccountProperties accounts) {
        return ScoringServices.findAccountView(ports, accounts.toRollup(), accounts.toPersonas());
    }

    @Bean
    EvaluateAccountsUseCase evaluateAccountsUseCase(ScoringServices.Ports ports, AccountProperties accounts) {
        return ScoringServices.evaluateAccounts(ports, accounts.toRollup(), accounts.toPersonas());
    }

    @Bean
    RecordConsentUseCase recordConsentUseCase(ScoringServices.Ports ports, ConsentRegister consent) {
        return ScoringServices.recordConsent(ports, consent);
    }
}
