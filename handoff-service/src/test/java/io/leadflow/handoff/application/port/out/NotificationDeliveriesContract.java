package io.leadflow.handoff.application.port.out;

import static io.leadflow.handoff.application.port.out.HandoffTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.RetrySchedule;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationDeliveries} store does, whether it keeps deliveries in memory or in PostgreSQL. */
public abstract class NotificationDeliveriesContract {

    private static final String PAYLOAD = "{\"lead\":\"Jo from Acme\"}";

    protected abstract NotificationDeliveries deliveries();

    /** A hand-off the storage knows, since a delivery notifies of an existing hand-off. */
    protected abstract HandoffId storedHandoff();

    private NotificationDelivery added(HandoffId handoff, NotificationChannel channel, Instant at) {
        NotificationDelivery delivery =
                NotificationDelivery.schedule(handoff, channel, "https://crm.example.com/ada", PAYLOAD, at);
        deliveries().add(delivery);
        return delivery;
    }

    private static NotificationDelivery leased(NotificationDelivery d, Instant until) {
        return new NotificationDelivery(
                d.id(),
                d.handoffId(),
                d.channel(),
                d.target(),
                d.payload(),
                d.attempts(),
                d.createdAt(),
                until,
                d.deliveredAt(),
                d.failedAt(),
                d.lastStatus(),
                d.lastError());
    }

    @Test
    void an_added_delivery_is_the_handoffs_latest_and_pending() {
        HandoffId handoff = storedHandoff();
        added(handoff, NotificationChannel.WEBHOOK, T0);
        NotificationDelivery latest = added(handoff, NotificationChannel.SLACK, T0.plusSeconds(1));

        assertThat(deliveries().latestFor(handoff)).contains(latest);
        assertThat(deliveries().pendingFor(handoff)).hasSize(2);
        assertThat(deliveries().latestFor(storedHandoff())).isEmpty();
    }

    /** Which deliveries a claim takes is by due time; the claim answers them in no particular order. */
    @Test
    void the_soonest_due_deliveries_of_the_channel_are_claimed_up_to_the_limit() {
        HandoffId handoff = storedHandoff();
        NotificationDelivery later = added(handoff, NotificationChannel.WEBHOOK, T0.plusSeconds(20));
        NotificationDelivery sooner = added(handoff, NotificationChannel.WEBHOOK, T0.plusSeconds(10));
        added(handoff, NotificationChannel.WEBHOOK, T0.plusSeconds(30));
        added(handoff, NotificationChannel.SLACK, T0);
        added(handoff, NotificationChannel.WEBHOOK, T0.plusSeconds(120));
        Instant now = T0.plusSeconds(60);
        Instant lease = now.plusSeconds(300);

        assertThat(deliveries().claimDue(NotificationChannel.WEBHOOK, now, 2, lease))
                .containsExactlyInAnyOrder(leased(sooner, lease), leased(later, lease));
    }

    @Test
    void a_claimed_delivery_is_not_claimed_again_until_its_lease_ends() {
        NotificationDelivery delivery = added(storedHandoff(), NotificationChannel.WEBHOOK, T0);
        Instant lease = T0.plusSeconds(300);
        deliveries().claimDue(NotificationChannel.WEBHOOK, T0, 10, lease);

        assertThat(deliveries().claimDue(NotificationChannel.WEBHOOK, T0.plusSeconds(299), 10, lease))
                .isEmpty();
        assertThat(deliveries().claimDue(NotificationChannel.WEBHOOK, lease, 10, lease.plusSeconds(300)))
                .extracting(NotificationDelivery::id)
                .containsExactly(delivery.id());
    }

    @Test
    void delivered_and_given_up_deliveries_are_neither_claimed_nor_pending() {
        HandoffId handoff = storedHandoff();
        NotificationDelivery delivered =
                added(handoff, NotificationChannel.WEBHOOK, T0).delivered(T0.plusSeconds(1), 204);
        deliveries().recordAttempt(delivered);
        NotificationDelivery failed = added(handoff, NotificationChannel.WEBHOOK, T0.plusSeconds(2))
                .attemptFailed(T0.plusSeconds(3), 410, "gone", RetrySchedule.standard());
        failed = failed.attemptFailed(T0.plusSeconds(999_999), 410, "gone", RetrySchedule.standard());
        deliveries().recordAttempt(failed);

        assertThat(deliveries().claimDue(NotificationChannel.WEBHOOK, T0.plusSeconds(9_999_999), 10, T0))
                .isEmpty();
        assertThat(deliveries().pendingFor(handoff)).isEmpty();
        assertThat(deliveries().latestFor(handoff)).contains(failed);
    }

    @Test
    void a_failed_attempt_is_stored_with_its_status_error_and_next_attempt() {
        HandoffId handoff = storedHandoff();
        NotificationDelivery retried = added(handoff, NotificationChannel.SLACK, T0)
                .attemptFailed(T0.plusSeconds(1), 503, "busy", RetrySchedule.standard());

        deliveries().recordAttempt(retried);

        assertThat(deliveries().pendingFor(handoff)).containsExactly(retried);
        assertThat(deliveries()
                        .claimDue(
                                NotificationChannel.SLACK,
                                retried.nextAttemptAt().minusSeconds(1),
                                10,
                                T0))
                .isEmpty();
    }

    @Test
    void pending_deliveries_are_listed_oldest_first() {
        HandoffId handoff = storedHandoff();
        NotificationDelivery second = added(handoff, NotificationChannel.SLACK, T0.plusSeconds(5));
        NotificationDelivery first = added(handoff, NotificationChannel.WEBHOOK, T0);
        added(storedHandoff(), NotificationChannel.WEBHOOK, T0);

        assertThat(deliveries().pendingFor(handoff)).containsExactly(first, second);
    }

    @Test
    void a_pending_deliverys_payload_is_replaced_but_a_delivered_one_keeps_what_was_sent() {
        HandoffId handoff = storedHandoff();
        NotificationDelivery pending = added(handoff, NotificationChannel.WEBHOOK, T0);
        NotificationDelivery delivered =
                added(handoff, NotificationChannel.SLACK, T0.plusSeconds(1)).delivered(T0.plusSeconds(2), 200);
        deliveries().recordAttempt(delivered);
        String updated = "{\"lead\":\"Jo Doe from Acme\"}";

        deliveries().replacePayload(pending.id(), updated);
        deliveries().replacePayload(delivered.id(), updated);
        deliveries().replacePayload(UUID.randomUUID(), updated);

        assertThat(deliveries().pendingFor(handoff))
                .extracting(NotificationDelivery::payload)
                .containsExactly(updated);
        assertThat(deliveries().latestFor(handoff)).contains(delivered);
    }
}
