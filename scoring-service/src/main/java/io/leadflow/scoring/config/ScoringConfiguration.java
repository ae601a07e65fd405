package io.leadflow.scoring.config;

import io.leadflow.scoring.adapter.out.messaging.OutboxProperties;
import io.leadflow.scoring.application.port.in.FindLeadQuery;
import io.leadflow.scoring.application.port.in.RecordProfileUseCase;
import io.leadflow.scoring.application.port.in.RecordStageChangeUseCase;
import io.leadflow.scoring.application.port.in.RecycleLeadUseCase;
import io.leadflow.scoring.application.port.in.ScoreEngagementUseCase;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.scoring.application.port.out.LeadScoreRepository;
import io.leadflow.scoring.application.port.out.ProcessedEvents;
import io.leadflow.scoring.application.service.ScoringServices;
import io.leadflow.scoring.domain.DefaultScoringModel;
import io.leadflow.scoring.domain.ScoringModel;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class ScoringConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The one model in force until versioned models can be published. */
    @Bean
    ScoringModel scoringModel() {
        return DefaultScoringModel.create();
    }

    @Bean
    ScoreEngagementUseCase scoreEngagementUseCase(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return ScoringServices.scoreEngagement(leads, processed, events, model, clock);
    }

    @Bean
    RecordProfileUseCase recordProfileUseCase(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return ScoringServices.recordProfile(leads, processed, events, model, clock);
    }

    @Bean
    RecordStageChangeUseCase recordStageChangeUseCase(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return ScoringServices.recordStageChange(leads, processed, events, model, clock);
    }

    @Bean
    RecycleLeadUseCase recycleLeadUseCase(LeadScoreRepository leads, ProcessedEvents processed,
            LeadEventPublisher events, ScoringModel model, Clock clock) {
        return ScoringServices.recycleLead(leads, processed, events, model, clock);
    }

    @Bean
    FindLeadQuery findLeadQuery(LeadScoreRepository leads, ScoringModel model) {
        return ScoringServices.findLead(leads, model);
    }
}
