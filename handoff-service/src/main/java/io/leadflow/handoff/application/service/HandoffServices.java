package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.ApplyPendingCrmDealsUseCase;
import io.leadflow.handoff.application.port.in.AssignAccountHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignWaitingHandoffsUseCase;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.application.port.in.DisqualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.FindAccountHandoffsQuery;
import io.leadflow.handoff.application.port.in.FindCrmDealsQuery;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.FindInboxQuery;
import io.leadflow.handoff.application.port.in.FindOrganisationChangesQuery;
import io.leadflow.handoff.application.port.in.FindRepQuery;
import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.FireSlaTimerUseCase;
import io.leadflow.handoff.application.port.in.PassHandoffUseCase;
import io.leadflow.handoff.application.port.in.QualifyHandoffUseCase;
import io.leadflow.handoff.application.port.in.ReassignHandoffUseCase;
import io.leadflow.handoff.application.port.in.RecordConsentUseCase;
import io.leadflow.handoff.application.port.in.RecordCrmDealUseCase;
import io.leadflow.handoff.application.port.in.RecordLeadHistoryUseCase;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.application.port.in.RecordOutcomeUseCase;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RegisterSalesLeadUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.application.port.in.RotateWebhookSecretUseCase;
import io.leadflow.handoff.application.port.in.SetRepAvailabilityUseCase;
import io.leadflow.handoff.application.port.out.AccountHandoffRepository;
import io.leadflow.handoff.application.port.out.ConsentRegister;
import io.leadflow.handoff.application.port.out.CrmDeals;
import io.leadflow.handoff.application.port.out.CurrentCaller;
import io.leadflow.handoff.application.port.out.DealOutcomes;
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
import io.leadflow.handoff.domain.BusinessCalendar;
import io.leadflow.handoff.domain.CrmStageMapping;
import io.leadflow.handoff.domain.RetrySchedule;
import java.time.Clock;
import java.util.List;

/**
 * Builds the use cases, whose implementations stay package-private and hidden from adapters. The one way to wire
 * them, alike in every service: each use case has a static factory that takes the {@link Ports} record (every
 * driven port, the clock and the settings the use cases read); configuration declares one {@code Ports} bean and
 * one bean per use case from its factory, and a test passes a {@code Ports} of fakes to the same factory.
 */
public final class HandoffServices {

    /** The actor named in the stage changes this service publishes. */
    static final String ACTOR = "handoff-service";

    /**
     * Every driven port the use cases need, the clock, the calendar of hand-offs that no team's rule routed, and the
     * retry schedule of notification deliveries.
     */
    public record Ports(
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
            BusinessCalendar defaultCalendar,
            Clock clock,
            NotificationTargetPolicy targets,
            HandoffReports reports,
            RetrySchedule retries,
            OrganisationChanges changes,
            CurrentCaller caller,
            ConsentRegister consent) {}

    private HandoffServices() {}

    private static OrganisationAudit audit(Ports p) {
        return new OrganisationAudit(p.changes(), p.caller(), p.clock());
    }

    public static FindOrganisationChangesQuery findOrganisationChanges(Ports p) {
        return new FindOrganisationChangesService(p.changes());
    }

    private static SlaScheduling sla(Ports p) {
        return new SlaScheduling(p.policies(), p.teams(), p.reps(), p.timers(), p.defaultCalendar());
    }

    private static AwayReassignment awayReassignment(Ports p) {
        return new AwayReassignment(
                p.handoffs(), p.reps(), p.profiles(), sla(p), notifications(p), p.metrics(), p.clock());
    }

    private static HandoffNotifications notifications(Ports p) {
        return new HandoffNotifications(p.notifiers(), p.deliveries(), p.teams(), p.histories(), p.handoffs());
    }

    private static HandoffViews views(Ports p) {
        return new HandoffViews(
                p.reps(), p.deliveries(), p.clock(), notifications(p), p.slaLog(), p.profiles(), sla(p));
    }

    private static SalesDecisions decisions(Ports p) {
        return new SalesDecisions(
                p.handoffs(), p.events(), views(p), p.clock(), p.reps(), p.teams(), sla(p), p.metrics());
    }

    public static RegisterRepUseCase registerRep(Ports p, WebhookSecrets secrets) {
        return new RegisterRepService(p.reps(), p.clock(), p.targets(), secrets, audit(p));
    }

    public static RotateWebhookSecretUseCase rotateWebhookSecret(Ports p, WebhookSecrets secrets) {
        return new RotateWebhookSecretService(p.reps(), secrets, p.clock(), audit(p));
    }

    public static FindRepQuery findRep(Ports p) {
        return new FindRepService(p.reps());
    }

    public static AssignHandoffUseCase assignHandoff(Ports p) {
        return new AssignHandoffService(
                p.processed(),
                p.handoffs(),
                p.reps(),
                p.profiles(),
                p.rules(),
                sla(p),
                notifications(p),
                p.metrics(),
                p.clock(),
                p.consent());
    }

    public static RecordConsentUseCase recordConsent(Ports p) {
        return new RecordConsentService(p.processed(), p.consent());
    }

    public static AssignAccountHandoffUseCase assignAccountHandoff(Ports p, AccountHandoffRepository accountHandoffs) {
        return new AssignAccountHandoffService(
                p.processed(),
                accountHandoffs,
                p.reps(),
                new HandoffRouting(p.reps(), p.rules(), p.handoffs()),
                notifications(p),
                p.clock(),
                p.consent());
    }

    public static FindAccountHandoffsQuery findAccountHandoffs(Ports p, AccountHandoffRepository accountHandoffs) {
        return new FindAccountHandoffsService(accountHandoffs, p.reps(), p.teams());
    }

    public static RecordLeadProfileUseCase recordLeadProfile(Ports p) {
        return new RecordLeadProfileService(p.processed(), p.profiles(), p.handoffs(), p.reps(), notifications(p));
    }

    public static RecordLeadHistoryUseCase recordLeadHistory(Ports p) {
        return new RecordLeadHistoryService(p.processed(), p.histories());
    }

    public static AcceptHandoffUseCase acceptHandoff(Ports p) {
        return new AcceptHandoffService(decisions(p));
    }

    public static RejectHandoffUseCase rejectHandoff(Ports p) {
        return new RejectHandoffService(decisions(p));
    }

    public static QualifyHandoffUseCase qualifyHandoff(Ports p) {
        return new QualifyHandoffService(decisions(p));
    }

    public static DisqualifyHandoffUseCase disqualifyHandoff(Ports p) {
        return new DisqualifyHandoffService(decisions(p));
    }

    public static PassHandoffUseCase passHandoff(Ports p) {
        return new PassHandoffService(decisions(p), p.handoffs(), p.reps(), p.profiles(), notifications(p));
    }

    public static RegisterSalesLeadUseCase registerSalesLead(Ports p) {
        return new RegisterSalesLeadService(decisions(p), p.handoffs(), p.reps(), p.profiles());
    }

    public static AssignWaitingHandoffsUseCase assignWaitingHandoffs(Ports p) {
        return new AssignWaitingHandoffsService(
                p.handoffs(), p.reps(), p.profiles(), p.rules(), sla(p), notifications(p), p.metrics(), p.clock());
    }

    public static FireSlaTimerUseCase fireSlaTimer(Ports p) {
        return new FireSlaTimerService(
                p.handoffs(),
                p.reps(),
                p.profiles(),
                p.slaLog(),
                sla(p),
                notifications(p),
                p.events(),
                p.metrics(),
                p.clock());
    }

    public static FindHandoffQuery findHandoff(Ports p) {
        return new FindHandoffService(p.handoffs(), views(p), decisions(p));
    }

    public static FindInboxQuery findInbox(Ports p) {
        return new FindInboxService(p.handoffs(), p.reps(), p.teams(), views(p));
    }

    public static io.leadflow.handoff.application.port.in.FindWaitingHandoffsQuery findWaitingHandoffs(Ports p) {
        return new FindWaitingHandoffsService(p.handoffs(), p.teams(), views(p));
    }

    public static io.leadflow.handoff.application.port.in.RegisterTeamUseCase registerTeam(Ports p) {
        return new RegisterTeamService(p.teams(), p.targets(), audit(p));
    }

    public static io.leadflow.handoff.application.port.in.UpdateTeamUseCase updateTeam(Ports p) {
        return new UpdateTeamService(p.teams(), p.targets(), audit(p));
    }

    public static io.leadflow.handoff.application.port.in.FindTeamQuery findTeam(Ports p) {
        return new FindTeamService(p.teams());
    }

    public static io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase updateRepDetails(Ports p) {
        return new UpdateRepDetailsService(p.reps(), p.teams(), p.targets(), awayReassignment(p), audit(p));
    }

    public static io.leadflow.handoff.application.port.in.DefineRoutingRuleUseCase defineRoutingRule(Ports p) {
        return new DefineRoutingRuleService(p.rules(), p.teams(), audit(p));
    }

    public static io.leadflow.handoff.application.port.in.DeleteRoutingRuleUseCase deleteRoutingRule(Ports p) {
        return new DeleteRoutingRuleService(p.rules(), audit(p));
    }

    public static io.leadflow.handoff.application.port.in.FindRoutingRuleQuery findRoutingRule(Ports p) {
        return new FindRoutingRuleService(p.rules());
    }

    public static io.leadflow.handoff.application.port.in.SetSlaPolicyUseCase setSlaPolicy(Ports p) {
        return new SetSlaPolicyService(p.policies(), audit(p));
    }

    public static io.leadflow.handoff.application.port.in.FindSlaPolicyQuery findSlaPolicy(Ports p) {
        return new FindSlaPolicyService(p.policies());
    }

    public static ReassignHandoffUseCase reassignHandoff(Ports p) {
        return new ReassignHandoffService(decisions(p), p.reps(), p.teams(), p.profiles(), notifications(p));
    }

    public static SetRepAvailabilityUseCase setRepAvailability(Ports p) {
        return new SetRepAvailabilityService(p.reps(), p.teams(), awayReassignment(p), audit(p));
    }

    public static FindReportsQuery findReports(Ports p) {
        return new FindReportsService(p.reports());
    }

    public static DeliverNotificationsUseCase deliverNotifications(Ports p) {
        return new DeliverNotificationsService(p.notifiers(), p.deliveries(), p.retries(), p.clock(), p.metrics());
    }

    private static DealClosing closing(Ports p, DealOutcomes outcomes) {
        return new DealClosing(decisions(p), outcomes);
    }

    private static CrmDealMatching crmMatching(Ports p, DealOutcomes outcomes, CrmStageMapping mapping) {
        return new CrmDealMatching(mapping, p.handoffs(), p.profiles(), closing(p, outcomes));
    }

    public static RecordOutcomeUseCase recordOutcome(Ports p, DealOutcomes outcomes) {
        return new RecordOutcomeService(decisions(p), closing(p, outcomes));
    }

    public static RecordCrmDealUseCase recordCrmDeal(
            Ports p, DealOutcomes outcomes, CrmDeals deals, CrmStageMapping mapping) {
        return new RecordCrmDealService(deals, crmMatching(p, outcomes, mapping), p.clock());
    }

    public static ApplyPendingCrmDealsUseCase applyPendingCrmDeals(
            Ports p, DealOutcomes outcomes, CrmDeals deals, CrmStageMapping mapping) {
        return new ApplyPendingCrmDealsService(deals, crmMatching(p, outcomes, mapping), p.clock());
    }

    public static FindCrmDealsQuery findCrmDeals(CrmDeals deals) {
        return new FindCrmDealsService(deals);
    }
}
