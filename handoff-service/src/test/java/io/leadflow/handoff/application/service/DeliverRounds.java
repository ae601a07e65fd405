package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.domain.NotificationChannel;
import java.time.Duration;

/** A webhook delivery round as the worker runs it. */
final class DeliverRounds {

    private DeliverRounds() {}

    static DeliverNotificationsCommand webhooks() {
        return new DeliverNotificationsCommand(NotificationChannel.WEBHOOK, 20, Duration.ofMinutes(2));
    }
}
