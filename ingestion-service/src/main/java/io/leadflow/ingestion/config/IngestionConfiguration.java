package io.leadflow.ingestion.config;

import io.leadflow.ingestion.adapter.in.web.WebLimits;
import io.leadflow.ingestion.application.port.in.ChangeConsentUseCase;
import io.leadflow.ingestion.application.port.in.FindConsentQuery;
import io.leadflow.ingestion.application.port.in.FindContactQuery;
import io.leadflow.ingestion.application.port.in.FindIntakeAdmissionQuery;
import io.leadflow.ingestion.application.port.in.FindLeadEventsQuery;
import io.leadflow.ingestion.application.port.in.ImportJobUseCase;
import io.leadflow.ingestion.application.port.in.ManageEventTypesUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementUseCase;
import io.leadflow.ingestion.application.port.in.RecordEngagementsUseCase;
import io.leadflow.ingestion.application.port.in.UpsertContactUseCase;
import io.leadflow.ingestion.application.port.out.ContactRepository;
import io.leadflow.ingestion.application.port.out.EngagementLog;
import io.leadflow.ingestion.application.port.out.EventBacklog;
import io.leadflow.ingestion.application.port.out.EventTypeRegistry;
import io.leadflow.ingestion.application.port.out.IdentityLinks;
import io.leadflow.ingestion.application.port.out.ImportJobs;
import io.leadflow.ingestion.application.port.out.ImportRows;
import io.leadflow.ingestion.application.port.out.IngestionMetrics;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.port.out.SuppressionList;
import io.leadflow.ingestion.application.service.AdmissionSettings;
import io.leadflow.ingestion.application.service.IngestionServices;
import io.leadflow.ingestion.application.service.IngestionSettings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({WebLimits.class, IngestionProperties.class})
class IngestionConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * A pooled scheduler: with virtual threads Boot's default runs every fixed-delay task on one thread, so a busy
     * outbox relay would starve the import worker and the backlog gauge.
     */
    @Bean
    ThreadPoolTaskScheduler taskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(4);
        scheduler.setThreadNamePrefix("ingestion-scheduled-");
        return scheduler;
    }

    @Bean
    IngestionServices.Ports ingestionPorts(
            ContactRepository contacts,
            EngagementLog log,
            LeadEventPublisher events,
            IdentityLinks identities,
            EventTypeRegistry eventTypes,
            ImportJobs importJobs,
            ImportRows importRows,
            IngestionMetrics metrics,
            IngestionProperties properties,
            Clock clock,
            SuppressionList suppressions) {
        return new IngestionServices.Ports(
                contacts,
                log,
                events,
                identities,
                eventTypes,
                importJobs,
                importRows,
                metrics,
                clock,
                new IngestionSettings(properties.maxClockSkew(), properties.importChunkSize()),
                suppressions);
    }

    @Bean
    ChangeConsentUseCase changeConsentUseCase(IngestionServices.Ports ports) {
        return IngestionServices.changeConsent(ports);
    }

    @Bean
    FindConsentQuery findConsentQuery(IngestionServices.Ports ports) {
        return IngestionServices.findConsent(ports);
    }

    @Bean
    RecordEngagementUseCase recordEngagementUseCase(IngestionServices.Ports ports) {
        return IngestionServices.recordEngagement(ports);
    }

    @Bean
    RecordEngagementsUseCase recordEngagementsUseCase(IngestionServices.Ports ports) {
        return IngestionServices.recordEngagements(ports);
    }

    @Bean
    UpsertContactUseCase upsertContactUseCase(IngestionServices.Ports ports) {
        return IngestionServices.upsertContact(ports);
    }

    @Bean
    FindContactQuery findContactQuery(IngestionServices.Ports ports) {
        return IngestionServices.findContact(ports);
    }

    @Bean
    FindLeadEventsQuery findLeadEventsQuery(IngestionServices.Ports ports) {
        return IngestionServices.findLeadEvents(ports);
    }

    @Bean
    ManageEventTypesUseCase manageEventTypesUseCase(IngestionServices.Ports ports) {
        return IngestionServices.manageEventTypes(ports);
    }

    @Bean
    FindIntakeAdmissionQuery findIntakeAdmissionQuery(EventBacklog backlog, IngestionProperties properties) {
        IngestionProperties.Admission admission = properties.admission();
        return IngestionServices.intakeAdmission(
                backlog,
                AdmissionSettings.of(admission.maxBacklog(), admission.resumePercent(), admission.retryAfter()));
    }

    @Bean
    ImportJobUseCase importJobUseCase(IngestionServices.Ports ports) {
        return IngestionServices.imports(ports);
    }
}
