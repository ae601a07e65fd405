package io.leadflow.nurturing.config;

import io.leadflow.nurturing.adapter.out.webhook.WebhookProperties;
import io.leadflow.nurturing.application.port.in.ChangeSettingsUseCase;
import io.leadflow.nurturing.application.port.in.DefineTrackUseCase;
import io.leadflow.nurturing.application.port.in.DeliverStepsUseCase;
import io.leadflow.nurturing.application.port.in.EnrollDormantLeadsUseCase;
import io.leadflow.nurturing.application.port.in.EnrollRejectedLeadUseCase;
import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.in.FindEnrollmentQuery;
import io.leadflow.nurturing.application.port.in.FindNurtureStatisticsQuery;
import io.leadflow.nurturing.application.port.in.FindRejectedLeadsQuery;
import io.leadflow.nurturing.application.port.in.FindTracksQuery;
import io.leadflow.nurturing.application.port.in.RecordConsentUseCase;
import io.leadflow.nurturing.application.port.in.RecordLeadSignalUseCase;
import io.leadflow.nurturing.application.port.in.SendStepUseCase;
import io.leadflow.nurturing.application.port.out.ConsentRegister;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.nurturing.application.port.out.LeadStates;
import io.leadflow.nurturing.application.port.out.MarketingAutomation;
import io.leadflow.nurturing.application.port.out.NurtureMetrics;
import io.leadflow.nurturing.application.port.out.NurtureStatistics;
import io.leadflow.nurturing.application.port.out.NurtureTimers;
import io.leadflow.nurturing.application.port.out.NurtureTrackCatalogue;
import io.leadflow.nurturing.application.port.out.ProcessedEvents;
import io.leadflow.nurturing.application.port.out.RejectionLog;
import io.leadflow.nurturing.application.port.out.ScheduledSteps;
import io.leadflow.nurturing.application.port.out.SettingsStore;
import io.leadflow.nurturing.application.port.out.StepDeliveries;
import io.leadflow.nurturing.application.service.NurturingServices;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({WebhookProperties.class})
class NurturingConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NurturingServices.Ports nurturingPorts(
            ProcessedEvents processed,
            NurtureTrackCatalogue tracks,
            EnrollmentRepository enrollments,
            ScheduledSteps steps,
            NurtureTimers timers,
            RejectionLog rejections,
            LeadEventPublisher events,
            NurtureMetrics metrics,
            SettingsStore settings,
            LeadStates leads,
            MarketingAutomation automation,
            StepDeliveries deliveries,
            NurtureStatistics statistics,
            Clock clock,
            ConsentRegister consent) {
        return new NurturingServices.Ports(
                processed,
                tracks,
                enrollments,
                steps,
                timers,
                rejections,
                events,
                metrics,
                settings,
                leads,
                automation,
                deliveries,
                statistics,
                clock,
                consent);
    }

    @Bean
    RecordConsentUseCase recordConsentUseCase(NurturingServices.Ports ports) {
        return NurturingServices.recordConsent(ports);
    }

    @Bean
    DeliverStepsUseCase deliverStepsUseCase(NurturingServices.Ports ports) {
        return NurturingServices.deliverSteps(ports);
    }

    @Bean
    EnrollRejectedLeadUseCase enrollRejectedLeadUseCase(NurturingServices.Ports ports) {
        return NurturingServices.enrollRejectedLead(ports);
    }

    @Bean
    RecordLeadSignalUseCase recordLeadSignalUseCase(NurturingServices.Ports ports) {
        return NurturingServices.recordLeadSignal(ports);
    }

    @Bean
    SendStepUseCase sendStepUseCase(NurturingServices.Ports ports) {
        return NurturingServices.sendStep(ports);
    }

    @Bean
    ExpireEnrollmentUseCase expireEnrollmentUseCase(NurturingServices.Ports ports) {
        return NurturingServices.expireEnrollment(ports);
    }

    @Bean
    EnrollDormantLeadsUseCase enrollDormantLeadsUseCase(NurturingServices.Ports ports) {
        return NurturingServices.enrollDormantLeads(ports);
    }

    @Bean
    DefineTrackUseCase defineTrackUseCase(NurturingServices.Ports ports) {
        return NurturingServices.defineTrack(ports);
    }

    @Bean
    ChangeSettingsUseCase changeSettingsUseCase(NurturingServices.Ports ports) {
        return NurturingServices.changeSettings(ports);
    }

    @Bean
    FindEnrollmentQuery findEnrollmentQuery(NurturingServices.Ports ports) {
        return NurturingServices.findEnrollment(ports);
    }

    @Bean
    FindTracksQuery findTracksQuery(NurturingServices.Ports ports) {
        return NurturingServices.findTracks(ports);
    }

    @Bean
    FindRejectedLeadsQuery findRejectedLeadsQuery(NurturingServices.Ports ports) {
        return NurturingServices.findRejectedLeads(ports);
    }

    @Bean
    FindNurtureStatisticsQuery findNurtureStatisticsQuery(NurturingServices.Ports ports) {
        return NurturingServices.findStatistics(ports);
    }
}
