package io.leadflow.handoff.application.service;

import io.leadflow.handoff.application.port.out.NotificationDeliveries;
import io.leadflow.handoff.domain.DeliveryState;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link NotificationDeliveries} in memory, behaving as its contract says. */
final class InMemoryNotificationDeliveries implements NotificationDeliveries {
    final Map<UUID, NotificationDelivery> byId = new LinkedHashMap<>();

    @Override
    public void add(NotificationDelivery delivery) {
        byId.put(delivery.id(), delivery);
    }

    @Override
    public List<NotificationDelivery> claimDue(
            NotificationChannel channel, Instant now, int limit, Instant leaseUntil) {
        List<NotificationDelivery> due = byId.values().stream()
                .filter(d -> d.channel() == channel
                        && d.state() == DeliveryState.PENDING
                        && !d.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(NotificationDelivery::nextAttemptAt))
                .limit(limit)
                .map(d -> new NotificationDelivery(
                        d.id(),
                        d.handoffId(),
                        d.channel(),
                        d.target(),
                        d.payload(),
                        d.attempts(),
                        d.createdAt(),
                        leaseUntil,
                        null,
                        null,
                        d.lastStatus(),
                        d.lastError()))
                .toList();
        due.forEach(this::add);
        return due;
    }

    @Override
    public void recordAttempt(NotificationDelivery delivery) {
        byId.put(delivery.id(), delivery);
    }

    @Override
    public Optional<NotificationDelivery> latestFor(HandoffId handoffId) {
        return byId.values().stream()
                .filter(d -> d.handoffId().equals(handoffId))
                .max(Comparator.comparing(NotificationDelivery::createdAt));
    }

    @Override
    public List<NotificationDelivery> pendingFor(HandoffId handoffId) {
        return byId.values().stream()
                .filter(d -> d.handoffId().equals(handoffId) && d.state() == DeliveryState.PENDING)
                .sorted(Comparator.comparing(NotificationDelivery::createdAt))
                .toList();
    }

    @Override
    public void replacePayload(UUID deliveryId, String payload) {
        NotificationDelivery d = byId.get(deliveryId);
        if (d == null || d.state() != DeliveryState.PENDING) {
            return;
        }
        byId.put(
                deliveryId,
                new NotificationDelivery(
                        d.id(),
                        d.handoffId(),
                        d.channel(),
                        d.target(),
                        payload,
                        d.attempts(),
                        d.createdAt(),
                        d.nextAttemptAt(),
                        d.deliveredAt(),
                        d.failedAt(),
                        d.lastStatus(),
                        d.lastError()));
    }
}
