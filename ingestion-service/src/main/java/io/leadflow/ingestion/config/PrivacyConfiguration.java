package io.leadflow.ingestion.config;

import io.leadflow.ingestion.application.port.in.ExpireExportsUseCase;
import io.leadflow.ingestion.application.port.in.FindPrivacyRequestQuery;
import io.leadflow.ingestion.application.port.in.RecordPrivacyAnswerUseCase;
import io.leadflow.ingestion.application.port.in.RequestErasureUseCase;
import io.leadflow.ingestion.application.port.in.RequestExportUseCase;
import io.leadflow.ingestion.application.port.out.LeadEventPublisher;
import io.leadflow.ingestion.application.port.out.PrivacyRequests;
import io.leadflow.ingestion.application.port.out.ProcessedEvents;
import io.leadflow.ingestion.application.port.out.SubjectData;
import io.leadflow.ingestion.application.service.PrivacyServices;
import io.leadflow.ingestion.application.service.PrivacySettings;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires data subjects' requests (erasure, export) from {@link PrivacyServices}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    @Bean
    PrivacyServices.Ports privacyPorts(
            SubjectData subjects,
            PrivacyRequests requests,
            ProcessedEvents processed,
            LeadEventPublisher events,
            Clock clock,
            PrivacyProperties properties,
            @Value("${spring.application.name}") String self) {
        return new PrivacyServices.Ports(
                subjects,
                requests,
                processed,
                events,
                clock,
                new PrivacySettings(self, properties.services(), properties.exportRetention()));
    }

    @Bean
    RequestErasureUseCase requestErasureUseCase(PrivacyServices.Ports ports) {
        return PrivacyServices.requestErasure(ports);
    }

    @Bean
    RequestExportUseCase requestExportUseCase(PrivacyServices.Ports ports) {
        return PrivacyServices.requestExport(ports);
    }

    @Bean
    FindPrivacyRequestQuery findPrivacyRequestQuery(PrivacyServices.Ports ports) {
        return PrivacyServices.findPrivacyRequest(ports);
    }

    @Bean
    RecordPrivacyAnswerUseCase recordPrivacyAnswerUseCase(PrivacyServices.Ports ports) {
        return PrivacyServices.recordPrivacyAnswer(ports);
    }

    @Bean
    ExpireExportsUseCase expireExportsUseCase(PrivacyServices.Ports ports) {
        return PrivacyServices.expireExports(ports);
    }
}
