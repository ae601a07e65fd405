package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.FindReportsQuery;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.out.HandoffReports;
import io.leadflow.handoff.domain.RetrySchedule;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The use cases wired to fakes, as configuration wires them to adapters. */
final class HandoffFixture {

    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemorySalesReps reps = new InMemorySalesReps();
    final InMemoryHandoffs handoffs = new InMemoryHandoffs();
    final InMemoryLeadProfiles profiles = new InMemoryLeadProfiles();
    final InMemoryNotificationDeliveries deliveries = new InMemoryNotificationDeliveries();
    final InMemoryProcessedEvents processed = new InMemoryProcessedEvents();
    final RecordingPublisher events = new RecordingPublisher();
    final FakeNotifier notifier = new FakeNotifier();
    final FakeTeamChannel teamChannel = new FakeTeamChannel();

    final InMemoryTeams teams = new InMemoryTeams();
    final InMemoryRoutingRules rules = new InMemoryRoutingRules();
    final InMemorySlaPolicies policies = new InMemorySlaPolicies();
    final InMemorySlaTimers timers = new InMemorySlaTimers();
    final InMemorySlaLog slaLog = new InMemorySlaLog();
    final InMemoryLeadHistories histories = new InMemoryLeadHistories();
    final InMemoryOrganisationChanges changes = new InMemoryOrganisationChanges();
    /** Who the current change is made by, as the gateway would name them; null: the service's own work. */
    final java.util.concurrent.atomic.AtomicReference<String> caller =
            new java.util.concurrent.atomic.AtomicReference<>();

    final InMemoryConsent consent = new InMemoryConsent();

    final HandoffServices.Ports ports = new HandoffServices.Ports(
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
            List.of(notifier, teamChannel),
            deliveries,
            events,
            io.leadflow.handoff.application.port.out.HandoffMetrics.NONE,
            io.leadflow.handoff.domain.BusinessCalendar.weekdays(
                    java.time.ZoneOffset.UTC, io.leadflow.handoff.domain.SalesRep.DEFAULT_HOURS),
            clock,
            io.leadflow.handoff.application.port.out.NotificationTargetPolicy.ANY,
            new NoReports(),
            RetrySchedule.standard(),
            changes,
            () -> java.util.Optional.ofNullable(caller.get()),
            consent);

    final RegisterRepUseCase registerRep = HandoffServices.registerRep(ports, new InMemoryWebhookSecrets());
    final AssignHandoffUseCase assignHandoff = HandoffServices.assignHandoff(ports);
    final RecordLeadProfileUseCase recordProfile = HandoffServices.recordLeadProfile(ports);
    final AcceptHandoffUseCase acceptHandoff = HandoffServices.acceptHandoff(ports);
    final RejectHandoffUseCase rejectHandoff = HandoffServices.rejectHandoff(ports);
    final FindHandoffQuery findHandoff = HandoffServices.findHandoff(ports);
    final io.leadflow.handoff.application.port.in.QualifyHandoffUseCase qualifyHandoff =
            HandoffServices.qualifyHandoff(ports);
    final io.leadflow.handoff.application.port.in.DisqualifyHandoffUseCase disqualifyHandoff =
            HandoffServices.disqualifyHandoff(ports);
    final io.leadflow.handoff.application.port.in.FireSlaTimerUseCase fireTimer = HandoffServices.fireSlaTimer(ports);
    final io.leadflow.handoff.application.port.in.RegisterSalesLeadUseCase salesLeads =
            HandoffServices.registerSalesLead(ports);
    final io.leadflow.handoff.application.port.in.PassHandoffUseCase passHandoff = HandoffServices.passHandoff(ports);
    final io.leadflow.handoff.application.port.in.AssignWaitingHandoffsUseCase assignWaiting =
            HandoffServices.assignWaitingHandoffs(ports);
    final io.leadflow.handoff.application.port.in.FindInboxQuery inbox = HandoffServices.findInbox(ports);
    final io.leadflow.handoff.application.port.in.UpdateRepDetailsUseCase updateRepDetails =
            HandoffServices.updateRepDetails(ports);
    final DeliverNotificationsUseCase deliverNotifications = HandoffServices.deliverNotifications(ports);

    RepView rep(String name, boolean available) {
        String lower = name.toLowerCase(Locale.ROOT);
        return registerRep.registerRep(new RegisterRepCommand(
                name,
                EmailAddress.of(lower + "@seller.example"),
                WebhookUrl.parse("https://crm.example.com/" + lower),
                available));
    }

    static AssignHandoffCommand qualified(LeadId lead) {
        return new AssignHandoffCommand(UUID.randomUUID(), lead, 80, true, List.of("demo requested"), T0, "corr-1");
    }

    /** The reports read the database's aggregates; no fixture test asks for one. */
    private static final class NoReports implements HandoffReports {

        @Override
        public List<FindReportsQuery.SlaReportRow> sla(Instant from, Instant to, boolean byTeam, String manager) {
            return List.of();
        }

        @Override
        public List<FindReportsQuery.ConversionReportRow> conversion(
                Instant from, Instant to, String column, String manager) {
            return List.of();
        }
    }
}
