package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.SalesRep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records a hand-off's notifications on every channel that can reach the rep, and re-renders the ones not yet
 * delivered when what they say changes. Runs inside the caller's transaction.
 */
final class HandoffNotifications {

    private final List<SalesNotifier> notifiers;
    private final NotificationDeliveries deliveries;

    HandoffNotifications(List<SalesNotifier> notifiers, NotificationDeliveries deliveries) {
        this.notifiers = List.copyOf(notifiers);
        this.deliveries = deliveries;
    }

    void schedule(Handoff handoff, SalesRep rep, Optional<LeadProfile> profile, Instant now) {
        HandoffNotice notice = new HandoffNotice(handoff, rep, profile);
        for (SalesNotifier notifier : notifiers) {
            notifier.render(notice).ifPresent(message -> deliveries.add(NotificationDelivery.schedule(
                    handoff.id(), notifier.channel(), message.target(), message.payload(), now)));
        }
    }

    void refresh(Handoff handoff, SalesRep rep, LeadProfile profile) {
        HandoffNotice notice = new HandoffNotice(handoff, rep, Optional.of(profile));
        for (NotificationDelivery pending : deliveries.pendingFor(handoff.id())) {
            notifiers.stream()
                    .filter(notifier -> notifier.channel() == pending.channel())
                    .findFirst()
                    .flatMap(notifier -> notifier.render(notice))
                    .ifPresent(message -> deliveries.replacePayload(pending.id(), message.payload()));
        }
    }
}
