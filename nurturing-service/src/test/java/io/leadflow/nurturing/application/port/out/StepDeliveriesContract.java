package io.leadflow.nurturing.application.port.out;

import static io.leadflow.nurturing.application.port.out.NurturingTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link StepDeliveries} store does, whether it keeps deliveries in memory or in PostgreSQL. */
public abstract class StepDeliveriesContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract StepDeliveries deliveries();

    private StepDelivery enqueued(Instant at) {
        StepDelivery delivery =
                new StepDelivery(UUID.randomUUID(), "https://automation.example.com/hook", "{\"step\":1}", 0, at);
        deliveries().enqueue(delivery);
        return delivery;
    }

    private static StepDelivery attempt(StepDelivery d, int attempts) {
        return new StepDelivery(d.id(), d.target(), d.payload(), attempts, d.createdAt());
    }

    @Test
    void an_unsubscribe_withdraws_the_waiting_notices_about_that_lead_and_no_other() {
        LeadId unsubscribed = LeadId.newId();
        LeadId other = LeadId.newId();
        StepDelivery aboutOther = notice(other);
        notice(unsubscribed);

        assertThat(deliveries().withdrawPending(unsubscribed)).isEqualTo(1);

        assertThat(deliveries().claimDue(T0, LEASE, 10)).containsExactly(attempt(aboutOther, 1));
        assertThat(deliveries().withdrawPending(unsubscribed)).isZero();
    }

    private StepDelivery notice(LeadId lead) {
        StepDelivery delivery = new StepDelivery(
                UUID.randomUUID(),
                "https://automation.example.com/hook",
                "{\"type\":\"nurture.exited\",\"leadId\":\"" + lead.value() + "\"}",
                0,
                T0);
        deliveries().enqueue(delivery);
        return delivery;
    }

    @Test
    void an_enqueued_delivery_is_due_at_once_and_its_claim_counts_the_attempt() {
        StepDelivery delivery = enqueued(T0);

        assertThat(deliveries().claimDue(T0.minusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(deliveries().claimDue(T0, LEASE, 10)).containsExactly(attempt(delivery, 1));
    }

    @Test
    void a_delivery_enqueued_twice_is_sent_once() {
        StepDelivery delivery = enqueued(T0);
        deliveries().enqueue(delivery);

        assertThat(deliveries().claimDue(T0, LEASE, 10)).containsExactly(attempt(delivery, 1));
    }

    /** Which deliveries a claim takes is by due time; the claim answers them in no particular order. */
    @Test
    void the_soonest_due_deliveries_are_claimed_up_to_the_limit() {
        StepDelivery later = enqueued(T0.plusSeconds(20));
        StepDelivery sooner = enqueued(T0.plusSeconds(10));
        enqueued(T0.plusSeconds(30));
        enqueued(T0.plusSeconds(120));

        assertThat(deliveries().claimDue(T0.plusSeconds(60), LEASE, 2))
                .containsExactlyInAnyOrder(attempt(sooner, 1), attempt(later, 1));
    }

    @Test
    void a_claimed_delivery_is_not_claimed_again_until_its_lease_has_passed() {
        StepDelivery delivery = enqueued(T0);
        deliveries().claimDue(T0, LEASE, 10);

        assertThat(deliveries().claimDue(T0.plus(LEASE).minusSeconds(1), LEASE, 10))
                .isEmpty();
        assertThat(deliveries().claimDue(T0.plus(LEASE), LEASE, 10)).containsExactly(attempt(delivery, 2));
    }

    @Test
    void a_failed_attempt_with_a_next_attempt_is_due_again_then() {
        StepDelivery delivery = enqueued(T0);
        StepDelivery claimed = deliveries().claimDue(T0, LEASE, 10).getFirst();
        Instant next = T0.plusSeconds(30);

        deliveries()
                .recordAttempt(claimed, DeliveryOutcome.failed(503, "HTTP 503"), T0.plusSeconds(1), Optional.of(next));

        assertThat(deliveries().claimDue(next.minusSeconds(1), LEASE, 10)).isEmpty();
        assertThat(deliveries().claimDue(next, LEASE, 10)).containsExactly(attempt(delivery, 2));
    }

    @Test
    void delivered_and_given_up_deliveries_are_never_claimed_again() {
        enqueued(T0);
        enqueued(T0);
        var claimed = deliveries().claimDue(T0, LEASE, 10);

        deliveries().recordAttempt(claimed.get(0), DeliveryOutcome.ok(204), T0.plusSeconds(1), Optional.empty());
        deliveries()
                .recordAttempt(
                        claimed.get(1), DeliveryOutcome.failed(410, "HTTP 410"), T0.plusSeconds(1), Optional.empty());

        assertThat(deliveries().claimDue(T0.plus(Duration.ofDays(365)), LEASE, 10))
                .isEmpty();
    }
}
