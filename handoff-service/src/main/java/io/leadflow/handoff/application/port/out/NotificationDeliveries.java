package io.leadflow.handoff.application.port.out;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notifications owed to sales. A delivery is recorded in the transaction of the assignment, so a rep is
 * notified if, and only if, the assignment commits; workers on several replicas then share the due ones.
 */
public interface NotificationDeliveries {

    void add(NotificationDelivery delivery);

    /**
     * Takes up to {@code limit} pending deliveries of the channel that are due at {@code now} and reserves them
     * until {@code leaseUntil}: no other worker gets them meanwhile, and a worker that dies holding them only delays
     * them until the lease ends.
     */
    List<NotificationDelivery> claimDue(NotificationChannel channel, Instant now, int limit, Instant leaseUntil);

    /** Stores the outcome of an attempt (attempts, next attempt, delivered or failed, last status and error). */
    void recordAttempt(NotificationDelivery delivery);

    /** The hand-off's newest delivery, the one its view reports. */
    Optional<NotificationDelivery> latestFor(HandoffId handoffId);

    /** The hand-off's deliveries that have not reached the rep yet and are still being tried. */
    List<NotificationDelivery> pendingFor(HandoffId handoffId);

    /** Replaces what a pending delivery will say, e.g. once the lead's profile arrived after the assignment. */
    void replacePayload(UUID deliveryId, String payload);
}
