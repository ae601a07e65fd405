package io.leadflow.handoff.adapter.out.notification;

import io.leadflow.handoff.application.port.in.DeliverNotificationsCommand;
import io.leadflow.handoff.application.port.in.DeliverNotificationsUseCase;
import io.leadflow.handoff.domain.NotificationChannel;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due Slack and e-mail deliveries every poll interval; every replica runs one, each delivery goes to one. */
@Component
class NotificationDeliveryWorker {

    private final DeliverNotificationsUseCase deliverNotifications;
    private final NotificationProperties properties;

    NotificationDeliveryWorker(DeliverNotificationsUseCase deliverNotifications, NotificationProperties properties) {
        this.deliverNotifications = deliverNotifications;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${leadflow.notifications.poll-interval:1s}")
    void deliverDue() {
        for (NotificationChannel channel : List.of(NotificationChannel.SLACK, NotificationChannel.EMAIL)) {
            DeliverNotificationsCommand round =
                    new DeliverNotificationsCommand(channel, properties.batchSize(), properties.claimLease());
            int attempted;
            do {
                attempted = deliverNotifications.deliverNotifications(round);
            } while (attempted == properties.batchSize());
        }
    }
}
