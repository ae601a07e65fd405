package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due webhook deliveries every poll interval, round after round while full batches keep coming. Every replica
 * runs one; the delivery store hands each due delivery to one worker only.
 */
public class WebhookDeliveryWorker {

    private final DeliverNotificationsUseCase deliverNotifications;
    private final DeliverNotificationsCommand round;

    /** {@code round} names the webhook channel, the batch size and the claim lease of each round. */
    public WebhookDeliveryWorker(DeliverNotificationsUseCase deliverNotifications, DeliverNotificationsCommand round) {
        this.deliverNotifications = deliverNotifications;
        this.round = round;
    }

    @Scheduled(fixedDelayString = "${leadflow.webhooks.poll-interval:1s}")
    void deliverDue() {
        int attempted;
        do {
            attempted = deliverNotifications.deliverNotifications(round);
        } while (attempted == round.batchSize());
    }
}
