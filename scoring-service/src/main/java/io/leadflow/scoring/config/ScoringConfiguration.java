package io.leadflow.scoring.config;

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
import io.leadflow.scoring.application.service.Ports;
import io.leadflow.scoring.application.service.ScoringServices;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({RescoringProperties.class})
class ScoringConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ScoringServices scoringServices(
            LeadScoreRepository leads,
            LeadEventStore eventStore,
            LeadHistories histories,
            ScoringModelRepository models,
            RescoringJobs rescoring,
            ProcessedEvents processed,
            LeadEventPublisher events,
            ScoringMetrics metrics,
            Clock clock) {
        return new ScoringServices(
                new Ports(leads, eventStore, histories, models, rescoring, processed, events, metrics, clock));
    }

    @Bean
    ScoreEngagementUseCase scoreEngagementUseCase(ScoringServices services) {
        return services.scoreEngagement();
    }

    @Bean
    ScoreEngagementsUseCase scoreEngagementsUseCase(ScoringServices services) {
        return services.scoreEngagements();
    }

    @Bean
    RecordProfileUseCase recordProfileUseCase(ScoringServices services) {
        return services.recordProfile();
    }

    @Bean
    RecordStageChangeUseCase recordStageChangeUseCase(ScoringServices services) {
        return services.recordStageChange();
    }

    @Bean
    RecycleLeadUseCase recycleLeadUseCase(ScoringServices services) {
        return services.recycleLead();
    }

    @Bean
    FindLeadQuery findLeadQuery(ScoringServices services) {
        return services.findLead();
    }

    @Bean
    FindLeadsQuery findLeadsQuery(ScoringServices services) {
        return services.findLeads();
    }

    @Bean
    DraftScoringModelUseCase draftScoringModelUseCase(ScoringServices services) {
        return services.draftModel();
    }

    @Bean
    PublishScoringModelUseCase publishScoringModelUseCase(ScoringServices services) {
        return services.publishModel();
    }

    @Bean
    ArchiveScoringModelUseCase archiveScoringModelUseCase(ScoringServices services) {
        return services.archiveModel();
    }

    @Bean
    FindScoringModelQuery findScoringModelQuery(ScoringServices services) {
        return services.findModels();
    }

    @Bean
    RescoreLeadsUseCase rescoreLeadsUseCase(ScoringServices services, RescoringProperties properties) {
        return services.rescoreLeads(properties.batchSize());
    }

    @Bean
    BacktestScoringModelUseCase backtestScoringModelUseCase(ScoringServices services) {
        return services.backtest();
    }
}
