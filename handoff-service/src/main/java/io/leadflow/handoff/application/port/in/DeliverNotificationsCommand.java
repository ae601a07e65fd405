package io.leadflow.handoff.application.port.in;

import io.leadflow.handoff.domain.NotificationChannel;
import java.time.Duration;

/**
 * One round of a channel's delivery worker: how many due notifications to take, and how long to hold them (longer
 * than one attempt can take, so no other worker sends the same one meanwhile).
 */
public record DeliverNotificationsCommand(NotificationChannel channel, int batchSize, Duration claimLease) {

    public DeliverNotificationsCommand {
        Commands.require(channel, "channel");
        Commands.require(claimLease, "claimLease");
        if (batchSize < 1) {
            throw new IllegalArgumentException("a delivery round takes at least one notification");
        }
    }
}
