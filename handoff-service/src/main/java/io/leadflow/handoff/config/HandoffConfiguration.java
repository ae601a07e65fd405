package io.leadflow.handoff.config;

import io.leadflow.handoff.adapter.out.notification.NotificationProperties;
import io.leadflow.handoff.adapter.out.webhook.WebhookProperties;
import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignAccountHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignWaitingHandoffsUseCase;
import io.leadflow.handoff.application.port.in.DefineRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.DeleteRoutingRuleUseCase;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.application.port.in.DisqualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.FindAccountHandoffsQuery;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.FindInboxQuery;
import io.leadflow.handoff.application.port.in.FindOrganisationChangesQuery;
import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.FindRoutingRuleQuery;
import io.leadflow.handoff.application.port.in.FindSlaPolicyQuery;
import io.leadflow.handoff.application.port.in.FindTeamQuery;
import io.leadflow.handoff.application.port.in.FindWaitingHandoffsQuery;
import io.leadflow.handoff.application.port.in.FireSlaTimerUseCase;
import io.leadflow.handoff.application.port.in.PassHandoffUseCase;
import io.leadflow.handoff.application.port.in.QualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.ReassignHandoffUseCase;
import io.leadflow.handoff.application.port.in.RecordConsentUseCase;
import io.leadflow.handoff.application.port.in.RecordLeadHistoryUseCase;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.handoff.application.port.in.RegisterTeamUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretUseCase;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.handoff.application.port.in.SetSlaPolicyUseCase;
import io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase;
import io.leadflow.handoff.application.port.in.UpdateTeamUseCase;
import io.leadflow.handoff.application.port.out.AccountHandoffRepository;
import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.handoff.application.port.out.CurrentCaller;
import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.HandoffReports;
import io.leadflow.handoff.application.port.out.HandoffRepository;
import io.leadflow.handoff.application.port.out.LeadEventPublisher;
import io.leadflow.handoff.application.port.out.LeadHistories;
import io.leadflow.handoff.application.port.out.LeadProfiles;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.NotificationTargetPolicy;
import io.leadflow.handoff.application.port.out.OrganisationChanges;
import io.leadflow.handoff.application.port.out.ProcessedEvents;
import io.leadflow.handoff.application.port.out.RoutingRules;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.application.port.out.SlaLog;
import io.leadflow.handoff.application.port.out.SlaPolicies;
import io.leadflow.handoff.application.port.out.SlaTimers;
import io.leadflow.handoff.application.port.out.TeamRepository;
import io.leadflow.handoff.application.port.out.WebhookSecrets;
import io.leadflow.handoff.application.service.HandoffServices;
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.RetrySchedule;
import io.leadflow.handoff.domain.WorkingHours;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({WebhookProperties.class, SlaProperties.class, NotificationProperties.class})
class HandoffConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessCalendar defaultBusinessCalendar(SlaProperties sla) {
        return BusinessCalendar.weekdays(sla.defaultTimeZone(), WorkingHours.parse(sla.defaultWorkingHours()));
    }

    @Bean
    HandoffServices.Ports handoffPorts(
            ProcessedEvents processed,
            HandoffRepository handoffs,
            SalesRepRepository reps,
            LeadProfiles profiles,
            TeamRepository teams,
            RoutingRules rules,
            SlaPolicies policies,
            SlaTimers timers,
            SlaLog slaLog,
            LeadHistories histories,
            List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries,
            LeadEventPublisher events,
            HandoffMetrics metrics,
            BusinessCalendar defaultBusinessCalendar,
            Clock clock,
            NotificationTargetPolicy targets,
            HandoffReports reports,
            RetrySchedule notificationRetrySchedule,
            OrganisationChanges organisationChanges,
            CurrentCaller caller,
            ConsentRegister consent) {
        return new HandoffServices.Ports(
                processed,
                handoffs,
                reps,
                profiles,
                teams,
                rules,
                policies,
                timers,
                slaLog,
                histories,
                notifiers,
                deliveries,
                events,
                metrics,
                defaultBusinessCalendar,
                clock,
                targets,
                reports,
                notificationRetrySchedule,
                organisationChanges,
                caller,
                consent);
    }

    @Bean
    RecordConsentUseCase recordConsentUseCase(HandoffServices.Ports ports) {
        return HandoffServices.recordConsent(ports);
    }

    @Bean
    QualifyHandoffUseCase qualifyHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.qualifyHandoff(ports);
    }

    @Bean
    DisqualifyHandoffUseCase disqualifyHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.disqualifyHandoff(ports);
    }

    @Bean
    PassHandoffUseCase passHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.passHandoff(ports);
    }

    @Bean
    FireSlaTimerUseCase fireSlaTimerUseCase(HandoffServices.Ports ports) {
        return HandoffServices.fireSlaTimer(ports);
    }

    @Bean
    FindReportsQuery findReportsQuery(HandoffServices.Ports ports) {
        return HandoffServices.findReports(ports);
    }

    @Bean
    RegisterSalesLeadUseCase registerSalesLeadUseCase(HandoffServices.Ports ports) {
        return HandoffServices.registerSalesLead(ports);
    }

    @Bean
    AssignWaitingHandoffsUseCase assignWaitingHandoffsUseCase(HandoffServices.Ports ports) {
        return HandoffServices.assignWaitingHandoffs(ports);
    }

    @Bean
    ReassignHandoffUseCase reassignHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.reassignHandoff(ports);
    }

    @Bean
    SetRepAvailabilityUseCase setRepAvailabilityUseCase(HandoffServices.Ports ports) {
        return HandoffServices.setRepAvailability(ports);
    }

    @Bean
    AssignAccountHandoffUseCase assignAccountHandoffUseCase(
            HandoffServices.Ports ports, AccountHandoffRepository accountHandoffs) {
        return HandoffServices.assignAccountHandoff(ports, accountHandoffs);
    }

    @Bean
    FindAccountHandoffsQuery findAccountHandoffsQuery(
            HandoffServices.Ports ports, AccountHandoffRepository accountHandoffs) {
        return HandoffServices.findAccountHandoffs(ports, accountHandoffs);
    }

    @Bean
    FindInboxQuery findInboxQuery(HandoffServices.Ports ports) {
        return HandoffServices.findInbox(ports);
    }

    @Bean
    FindWaitingHandoffsQuery findWaitingHandoffsQuery(HandoffServices.Ports ports) {
        return HandoffServices.findWaitingHandoffs(ports);
    }

    @Bean
    RegisterTeamUseCase registerTeamUseCase(HandoffServices.Ports ports) {
        return HandoffServices.registerTeam(ports);
    }

    @Bean
    UpdateTeamUseCase updateTeamUseCase(HandoffServices.Ports ports) {
        return HandoffServices.updateTeam(ports);
    }

    @Bean
    FindTeamQuery findTeamQuery(HandoffServices.Ports ports) {
        return HandoffServices.findTeam(ports);
    }

    @Bean
    UpdateRepDetailsUseCase updateRepDetailsUseCase(HandoffServices.Ports ports) {
        return HandoffServices.updateRepDetails(ports);
    }

    @Bean
    DefineRoutingRuleUseCase defineRoutingRuleUseCase(HandoffServices.Ports ports) {
        return HandoffServices.defineRoutingRule(ports);
    }

    @Bean
    DeleteRoutingRuleUseCase deleteRoutingRuleUseCase(HandoffServices.Ports ports) {
        return HandoffServices.deleteRoutingRule(ports);
    }

    @Bean
    FindRoutingRuleQuery findRoutingRuleQuery(HandoffServices.Ports ports) {
        return HandoffServices.findRoutingRule(ports);
    }

    @Bean
    SetSlaPolicyUseCase setSlaPolicyUseCase(HandoffServices.Ports ports) {
        return HandoffServices.setSlaPolicy(ports);
    }

    @Bean
    FindSlaPolicyQuery findSlaPolicyQuery(HandoffServices.Ports ports) {
        return HandoffServices.findSlaPolicy(ports);
    }

    @Bean
    RecordLeadHistoryUseCase recordLeadHistoryUseCase(HandoffServices.Ports ports) {
        return HandoffServices.recordLeadHistory(ports);
    }

    @Bean
    RetrySchedule notificationRetrySchedule(WebhookProperties webhooks) {
        return new RetrySchedule(webhooks.retryDelays(), webhooks.giveUpAfter());
    }

    @Bean
    RegisterRepUseCase registerRepUseCase(HandoffServices.Ports ports, WebhookSecrets secrets) {
        return HandoffServices.registerRep(ports, secrets);
    }

    @Bean
    FindOrganisationChangesQuery findOrganisationChangesQuery(HandoffServices.Ports ports) {
        return HandoffServices.findOrganisationChanges(ports);
    }

    @Bean
    RotateWebhookSecretUseCase rotateWebhookSecretUseCase(HandoffServices.Ports ports, WebhookSecrets secrets) {
        return HandoffServices.rotateWebhookSecret(ports, secrets);
    }

    @Bean
    FindRepQuery findRepQuery(HandoffServices.Ports ports) {
        return HandoffServices.findRep(ports);
    }

    @Bean
    AssignHandoffUseCase assignHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.assignHandoff(ports);
    }

    @Bean
    RecordLeadProfileUseCase recordLeadProfileUseCase(HandoffServices.Ports ports) {
        return HandoffServices.recordLeadProfile(ports);
    }

    @Bean
    AcceptHandoffUseCase acceptHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.acceptHandoff(ports);
    }

    @Bean
    RejectHandoffUseCase rejectHandoffUseCase(HandoffServices.Ports ports) {
        return HandoffServices.rejectHandoff(ports);
    }

    @Bean
    FindHandoffQuery findHandoffQuery(HandoffServices.Ports ports) {
        return HandoffServices.findHandoff(ports);
    }

    @Bean
    DeliverNotificationsUseCase deliverNotificationsUseCase(HandoffServices.Ports ports) {
        return HandoffServices.deliverNotifications(ports);
    }
}
