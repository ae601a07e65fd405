package io.leadflow.nurturing.config;

import io.leadflow.nurturing.adapter.out.messaging.OutboxProperties;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.service.NurturingServices;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class NurturingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EnrollRejectedLeadUseCase enrollRejectedLeadUseCase(ProcessedEvents processed, NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments, RejectionLog rejections, LeadEventPublisher events, Clock clock) {
        return NurturingServices.enrollRejectedLead(processed, tracks, enrollments, rejections, events, clock);
    }

    @Bean
    FindEnrollmentQuery findEnrollmentQuery(EnrollmentRepository enrollments) {
        return NurturingServices.findEnrollment(enrollments);
    }

    @Bean
    FindTracksQuery findTracksQuery(NurtureTrackCatalogue tracks) {
        return NurturingServices.findTracks(tracks);
    }

    @Bean
    FindRejectedLeadsQuery findRejectedLeadsQuery(RejectionLog rejections) {
        return NurturingServices.findRejectedLeads(rejections);
    }
}
