package io.leadflow.handoff.adapter.in.scheduling;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.support.resilience.OutageBackoff;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due Slack and e-mail deliveries every poll interval, one channel after the other, round after round while
 * full batches keep coming. Every replica runs one; the delivery store hands each due delivery to one worker only.
 */
public class NotificationDeliveryWorker {

    private final DeliverNotificationsUseCase deliverNotifications;
    private final List<DeliverNotificationsCommand> rounds;
    private final OutageBackoff backoff;

    /**
     * One round per channel, in the order given, each with its batch size and claim lease; {@code backoff} pauses the
     * rounds while the database is unavailable.
     */
    public NotificationDeliveryWorker(
            DeliverNotificationsUseCase deliverNotifications,
            List<DeliverNotificationsCommand> rounds,
            OutageBackoff backoff) {
        this.deliverNotifications = deliverNotifications;
        this.rounds = List.copyOf(rounds);
        this.backoff = backoff;
    }

    @Scheduled(fixedDelayString = "${leadflow.notifications.poll-interval:1s}")
    void deliverDue() {
        backoff.run(() -> {
            for (DeliverNotificationsCommand round : rounds) {
                int attempted;
                do {
                    attempted = deliverNotifications.deliverNotifications(round);
                } while (attempted == round.batchSize());
            }
        });
    }
}
