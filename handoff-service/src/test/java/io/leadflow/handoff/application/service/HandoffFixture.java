package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.AcceptHandoffUseCase;
import io.leadflow.handoff.application.port.in.AssignHandoffCommand;
import io.leadflow.handoff.application.port.in.AssignHandoffUseCase;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.application.port.in.FindHandoffQuery;
import io.leadflow.handoff.application.port.in.RecordLeadProfileUseCase;
import io.leadflow.handoff.application.port.in.RegisterRepCommand;
import io.leadflow.handoff.application.port.in.RegisterRepUseCase;
import io.leadflow.handoff.application.port.in.RejectHandoffUseCase;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.domain.RetrySchedule;
import io.leadflow.handoff.domain.RoundRobin;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The use cases wired to fakes, as configuration wires them to adapters. */
final class HandoffFixture {

    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final Fakes.Reps reps = new Fakes.Reps();
    final Fakes.Handoffs handoffs = new Fakes.Handoffs();
    final Fakes.Profiles profiles = new Fakes.Profiles();
    final Fakes.Deliveries deliveries = new Fakes.Deliveries();
    final Fakes.Processed processed = new Fakes.Processed();
    final Fakes.Events events = new Fakes.Events();
    final FakeNotifier notifier = new FakeNotifier();

    final RegisterRepUseCase registerRep = HandoffServices.registerRep(reps, clock);
    final AssignHandoffUseCase assignHandoff = HandoffServices.assignHandoff(processed, handoffs, reps, profiles,
            new RoundRobin(), List.of(notifier), deliveries, clock);
    final RecordLeadProfileUseCase recordProfile = HandoffServices.recordLeadProfile(processed, profiles, handoffs,
            reps, List.of(notifier), deliveries);
    final AcceptHandoffUseCase acceptHandoff =
            HandoffServices.acceptHandoff(handoffs, reps, deliveries, events, clock);
    final RejectHandoffUseCase rejectHandoff =
            HandoffServices.rejectHandoff(handoffs, reps, deliveries, events, clock);
    final FindHandoffQuery findHandoff = HandoffServices.findHandoff(handoffs, reps, deliveries);
    final DeliverNotificationsUseCase deliverNotifications = HandoffServices.deliverNotifications(List.of(notifier),
            deliveries, RetrySchedule.standard(), clock);

    RepView rep(String name, boolean available) {
        String lower = name.toLowerCase(Locale.ROOT);
        return registerRep.registerRep(new RegisterRepCommand(name, EmailAddress.of(lower + "@seller.example"),
                WebhookUrl.parse("https://crm.example.com/" + lower), available));
    }

    static AssignHandoffCommand qualified(LeadId lead) {
        return new AssignHandoffCommand(UUID.randomUUID(), lead, 80, true, List.of("demo requested"), T0, "corr-1");
    }
}
