package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.util.Optional;

/**
 * Tells a rep about a hand-off on one channel (webhook today; Slack and e-mail next). The use cases record each
 * notification as a delivery in the assignment's transaction and retry it by the retry schedule, so a notifier only
 * renders messages and makes single attempts: rendering happens inside that transaction and must do no I/O.
 */
public interface SalesNotifier {

    NotificationChannel channel();

    /** The message for this channel, or empty when the rep cannot be reached on it. */
    Optional<NotificationMessage> render(HandoffNotice notice);

    /**
     * The message of a qualified account for this channel, or empty when the rep cannot be reached on it or the
     * channel does not carry account hand-offs.
     */
    default Optional<NotificationMessage> render(AccountHandoffNotice notice) {
        return Optional.empty();
    }

    /** One attempt to deliver; the same delivery id on every attempt lets the receiver drop duplicates. */
    DeliveryOutcome send(NotificationDelivery delivery);
}
