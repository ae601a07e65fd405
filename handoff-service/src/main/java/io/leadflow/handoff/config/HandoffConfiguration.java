package io.leadflow.handoff.config;

import io.leadflow.handoff.adapter.out.messaging.OutboxProperties;
import io.leadflow.handoff.adapter.out.webhook.WebhookProperties;
import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.service.HandoffServices;
import io.leadflow.handoff.domain.AssignmentPolicy;
import io.leadflow.handoff.domain.RetrySchedule;
import io.leadflow.handoff.domain.RoundRobin;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({OutboxProperties.class, WebhookProperties.class})
class HandoffConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Round-robin until routing rules (territory, segment, capacity) come in front of it. */
    @Bean
    AssignmentPolicy assignmentPolicy() {
        return new RoundRobin();
    }

    @Bean
    RetrySchedule notificationRetrySchedule(WebhookProperties webhooks) {
        return new RetrySchedule(webhooks.retryDelays(), webhooks.giveUpAfter());
    }

    @Bean
    RegisterRepUseCase registerRepUseCase(SalesRepRepository reps, Clock clock) {
        return HandoffServices.registerRep(reps, clock);
    }

    @Bean
    FindRepQuery findRepQuery(SalesRepRepository reps) {
        return HandoffServices.findRep(reps);
    }

    @Bean
    AssignHandoffUseCase assignHandoffUseCase(ProcessedEvents processed, HandoffRepository handoffs,
            SalesRepRepository reps, LeadProfiles profiles, AssignmentPolicy policy, List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries, Clock clock) {
        return HandoffServices.assignHandoff(processed, handoffs, reps, profiles, policy, notifiers, deliveries, clock);
    }

    @Bean
    RecordLeadProfileUseCase recordLeadProfileUseCase(ProcessedEvents processed, LeadProfiles profiles,
            HandoffRepository handoffs, SalesRepRepository reps, List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries) {
        return HandoffServices.recordLeadProfile(processed, profiles, handoffs, reps, notifiers, deliveries);
    }

    @Bean
    AcceptHandoffUseCase acceptHandoffUseCase(HandoffRepository handoffs, SalesRepRepository reps,
            NotificationDeliveries deliveries, LeadEventPublisher events, Clock clock) {
        return HandoffServices.acceptHandoff(handoffs, reps, deliveries, events, clock);
    }

    @Bean
    RejectHandoffUseCase rejectHandoffUseCase(HandoffRepository handoffs, SalesRepRepository reps,
            NotificationDeliveries deliveries, LeadEventPublisher events, Clock clock) {
        return HandoffServices.rejectHandoff(handoffs, reps, deliveries, events, clock);
    }

    @Bean
    FindHandoffQuery findHandoffQuery(HandoffRepository handoffs, SalesRepRepository reps,
            NotificationDeliveries deliveries) {
        return HandoffServices.findHandoff(handoffs, reps, deliveries);
    }

    @Bean
    DeliverNotificationsUseCase deliverNotificationsUseCase(List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries, RetrySchedule notificationRetrySchedule, Clock clock) {
        return HandoffServices.deliverNotifications(notifiers, deliveries, notificationRetrySchedule, clock);
    }
}
