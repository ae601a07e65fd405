package io.leadflow.handoff.adapter.out.webhook;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.domain.NotificationChannel;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries every poll interval, round after round while full batches keep coming. Every replica
 * runs one; the delivery store hands each due delivery to one worker only.
 */
@Component
class WebhookDeliveryWorker {

    private final DeliverNotificationsUseCase deliverNotifications;
    private final WebhookProperties properties;

    WebhookDeliveryWorker(DeliverNotificationsUseCase deliverNotifications, WebhookProperties properties) {
        this.deliverNotifications = deliverNotifications;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${leadflow.webhooks.poll-interval:1s}")
    void deliverDue() {
        DeliverNotificationsCommand round = new DeliverNotificationsCommand(
                NotificationChannel.WEBHOOK, properties.batchSize(), properties.claimLease());
        int attempted;
        do {
            attempted = deliverNotifications.deliverNotifications(round);
        } while (attempted == properties.batchSize());
    }
}
