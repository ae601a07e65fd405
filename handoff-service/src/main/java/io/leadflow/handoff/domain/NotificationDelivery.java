package io.leadflow.handoff.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification of a hand-off on one channel, from the moment it is recorded (with the assignment) until it
 * reached the rep's tool or was given up. The id is the message's identity for the receiver: the same on every
 * retry, so a receiver that got it twice can tell.
 */
public record NotificationDelivery(
        UUID id,
        HandoffId handoffId,
        NotificationChannel channel,
        String target,
        String payload,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        Instant failedAt,
        Integer lastStatus,
        String lastError) {

    static final int MAX_ERROR = 500;

    public NotificationDelivery {
        if (id == null
                || handoffId == null
                || channel == null
                || target == null
                || payload == null
                || createdAt == null
                || nextAttemptAt == null) {
            throw new IllegalArgumentException(
                    "a delivery needs an id, a hand-off, a channel, a target, a payload" + " and its times");
        }
        if (lastError != null && lastError.length() > MAX_ERROR) {
            lastError = lastError.substring(0, MAX_ERROR);
        }
    }

    /** A new delivery, due at once. */
    public static NotificationDelivery schedule(
            HandoffId handoffId, NotificationChannel channel, String target, String payload, Instant now) {
        return new NotificationDelivery(
                UUID.randomUUID(), handoffId, channel, target, payload, 0, now, now, null, null, null, null);
    }

    public DeliveryState state() {
        if (deliveredAt != null) {
            return DeliveryState.DELIVERED;
        }
        return failedAt != null ? DeliveryState.FAILED : DeliveryState.PENDING;
    }

    /** The receiver confirmed it with {@code status}. */
    public NotificationDelivery delivered(Instant at, Integer status) {
        return new NotificationDelivery(
                id,
                handoffId,
                channel,
                target,
                payload,
                attempts + 1,
                createdAt,
                nextAttemptAt,
                at,
                null,
                status,
                null);
    }

    /** An attempt failed: try again later by the schedule, or give up and mark it failed. */
    public NotificationDelivery attemptFailed(Instant at, Integer status, String error, RetrySchedule schedule) {
        int made = attempts + 1;
        var next = schedule.nextAttempt(made, createdAt, at);
        return new NotificationDelivery(
                id,
                handoffId,
                channel,
                target,
                payload,
                made,
                createdAt,
                next.orElse(nextAttemptAt),
                null,
                next.isPresent() ? null : at,
                status,
                error);
    }
}
