package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffMetrics;
import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.application.port.out.SalesNotifier;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.RetrySchedule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Deliberately without one transaction around the round: claiming is one atomic statement and every outcome is
 * stored on its own, so no database connection is held while a receiver takes its time to answer.
 */
class DeliverNotificationsService implements DeliverNotificationsUseCase {

    private final List<SalesNotifier> notifiers;
    private final NotificationDeliveries deliveries;
    private final RetrySchedule retries;
    private final Clock clock;
    private final HandoffMetrics metrics;

    DeliverNotificationsService(
            List<SalesNotifier> notifiers,
            NotificationDeliveries deliveries,
            RetrySchedule retries,
            Clock clock,
            HandoffMetrics metrics) {
        this.metrics = metrics;
        this.notifiers = List.copyOf(notifiers);
        this.deliveries = deliveries;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public int deliverNotifications(DeliverNotificationsCommand command) {
        SalesNotifier notifier = notifiers.stream()
                .filter(n -> n.channel() == command.channel())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no notifier for channel " + command.channel()));
        Instant now = clock.instant();
        List<NotificationDelivery> due =
                deliveries.claimDue(command.channel(), now, command.batchSize(), now.plus(command.claimLease()));
        for (NotificationDelivery delivery : due) {
            DeliveryOutcome outcome = attempt(notifier, delivery);
            Instant at = clock.instant();
            String channel = command.channel().name().toLowerCase(Locale.ROOT);
            if (outcome.delivered()) {
                metrics.delivered(channel);
            } else {
                metrics.failed(channel);
            }
            deliveries.recordAttempt(
                    outcome.delivered()
                            ? delivery.delivered(at, outcome.status())
                            : delivery.attemptFailed(at, outcome.status(), outcome.error(), retries));
        }
        return due.size();
    }

    private static DeliveryOutcome attempt(SalesNotifier notifier, NotificationDelivery delivery) {
        try {
            return notifier.send(delivery);
        } catch (RuntimeException e) {
            // a broken notifier must not keep the delivery from its retry schedule
            return DeliveryOutcome.unreachable("notifier failed: " + e);
        }
    }
}
