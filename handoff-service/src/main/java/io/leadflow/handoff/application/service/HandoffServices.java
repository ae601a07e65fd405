package io.leadflow.handoff.application.service;

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
import io.leadflow.handoff.domain.AssignmentPolicy;
import io.leadflow.handoff.domain.RetrySchedule;
import java.time.Clock;
import java.util.List;

/**
 * The one way to build the use cases from their ports, so that the package-private implementations stay hidden
 * from adapters while configuration (or a test with fakes) can still wire them.
 */
public final class HandoffServices {

    /** The actor named in the stage changes this service publishes. */
    static final String ACTOR = "handoff-service";

    private HandoffServices() {
    }

    public static RegisterRepUseCase registerRep(SalesRepRepository reps, Clock clock) {
        return new RegisterRepService(reps, clock);
    }

    public static FindRepQuery findRep(SalesRepRepository reps) {
        return new FindRepService(reps);
    }

    public static AssignHandoffUseCase assignHandoff(ProcessedEvents processed, HandoffRepository handoffs,
            SalesRepRepository reps, LeadProfiles profiles, AssignmentPolicy policy, List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries, Clock clock) {
        return new AssignHandoffService(processed, handoffs, reps, profiles, policy,
                new HandoffNotifications(notifiers, deliveries), clock);
    }

    public static RecordLeadProfileUseCase recordLeadProfile(ProcessedEvents processed, LeadProfiles profiles,
            HandoffRepository handoffs, SalesRepRepository reps, List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries) {
        return new RecordLeadProfileService(processed, profiles, handoffs, reps,
                new HandoffNotifications(notifiers, deliveries));
    }

    public static AcceptHandoffUseCase acceptHandoff(HandoffRepository handoffs, SalesRepRepository reps,
            NotificationDeliveries deliveries, LeadEventPublisher events, Clock clock) {
        return new AcceptHandoffService(new SalesDecisions(handoffs, events, new HandoffViews(reps, deliveries), clock));
    }

    public static RejectHandoffUseCase rejectHandoff(HandoffRepository handoffs, SalesRepRepository reps,
            NotificationDeliveries deliveries, LeadEventPublisher events, Clock clock) {
        return new RejectHandoffService(new SalesDecisions(handoffs, events, new HandoffViews(reps, deliveries), clock));
    }

    public static FindHandoffQuery findHandoff(HandoffRepository handoffs, SalesRepRepository reps,
            NotificationDeliveries deliveries) {
        return new FindHandoffService(handoffs, new HandoffViews(reps, deliveries));
    }

    public static DeliverNotificationsUseCase deliverNotifications(List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries, RetrySchedule retries, Clock clock) {
        return new DeliverNotificationsService(notifiers, deliveries, retries, clock);
    }
}
