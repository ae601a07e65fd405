package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.support.resilience.OutageBackoff;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due webhook deliveries every poll interval, round after round while full batches keep coming. Every replica
 * runs one; the delivery store hands each due delivery to one worker only.
 */
public class WebhookDeliveryWorker {

    private final DeliverNotificationsUseCase deliverNotifications;
    private final DeliverNotificationsCommand round;
    private final OutageBackoff backoff;

    /**
     * {@code round} names the webhook channel, the batch size and the claim lease of each round; {@code backoff} pauses
     * the rounds while the database is unavailable (a receiver that is down only delays its own deliveries).
     */
    public WebhookDeliveryWorker(
            DeliverNotificationsUseCase deliverNotifications,
            DeliverNotificationsCommand round,
            OutageBackoff backoff) {
        this.deliverNotifications = deliverNotifications;
        this.round = round;
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${leadflow.webhooks.poll-interval:1s}")
    void deliverDue() {
        backoff.run(() -> {
            int attempted;
            do {
                attempted = deliverNotifications.deliverNotifications(round);
            } while (attempted == round.batchSize());
        });
    }
}
