package io.leadflow.ingestion.config;

import io.leadflow.ingestion.adapter.out.messaging.OutboxProperties;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.service.IngestionServices;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class IngestionConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RecordEngagementUseCase recordEngagementUseCase(
            ContactRepository contacts, EngagementLog log, LeadEventPublisher events, Clock clock) {
        return IngestionServices.recordEngagement(contacts, log, events, clock);
    }
}
