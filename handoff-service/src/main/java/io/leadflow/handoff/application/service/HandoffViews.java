package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.in.RepView;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.SalesRepRepository;
import io.leadflow.handoff.domain.DeliveryState;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffStatus;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.Rejection;
import io.leadflow.handoff.domain.SalesRep;
import java.util.Locale;

/** Builds the read models from the aggregates, with the rep and the notification a hand-off view shows. */
final class HandoffViews {

    static final String NO_REP_AVAILABLE = "no sales rep was available when the lead qualified; nobody was notified";

    private final SalesRepRepository reps;
    private final NotificationDeliveries deliveries;

    HandoffViews(SalesRepRepository reps, NotificationDeliveries deliveries) {
        this.reps = reps;
        this.deliveries = deliveries;
    }

    HandoffView of(Handoff handoff) {
        HandoffView.Rep rep = handoff.repId() == null ? null : reps.find(handoff.repId())
                .map(r -> new HandoffView.Rep(r.id().value(), r.name(), r.email().value()))
                .orElse(null);
        HandoffView.Notification notification = deliveries.latestFor(handoff.id())
                .map(HandoffViews::notification)
                .orElse(null);
        Rejection rejection = handoff.rejection();
        return new HandoffView(
                handoff.id().value(),
                handoff.leadId().value(),
                handoff.status().name(),
                handoff.stage().name(),
                rep,
                handoff.assignedBy(),
                handoff.status() == HandoffStatus.UNASSIGNED ? NO_REP_AVAILABLE : null,
                handoff.createdAt(),
                handoff.assignedAt(),
                handoff.qualification().score(),
                handoff.qualification().fastTrack(),
                handoff.qualification().reasons(),
                handoff.acceptedAt(),
                rejection == null ? null : new HandoffView.Rejection(rejection.reason().name(), rejection.note(),
                        rejection.rejectedBy().value(), rejection.rejectedAt()),
                notification);
    }

    static RepView rep(SalesRep rep) {
        return new RepView(rep.id().value(), rep.name(), rep.email().value(), rep.webhookUrl().toString(),
                rep.available(), rep.lastAssignedAt(), rep.registeredAt());
    }

    private static HandoffView.Notification notification(NotificationDelivery d) {
        return new HandoffView.Notification(d.id(), d.channel().name(), d.state().name().toLowerCase(Locale.ROOT),
                d.attempts(), d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(),
                d.lastStatus(), d.lastError());
    }
}
