package io.leadflow.handoff.domain;

import static io.leadflow.handoff.domain.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

    private final NotificationDelivery scheduled = NotificationDelivery.schedule(
            HandoffId.newId(), NotificationChannel.WEBHOOK, "https://crm.example.com/hooks", "{}", T0);

    @Test
    void a_new_delivery_is_pending_and_due_at_once() {
        assertThat(scheduled.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(scheduled.nextAttemptAt()).isEqualTo(T0);
        assertThat(scheduled.attempts()).isZero();
    }

    @Test
    void a_failed_attempt_is_counted_and_retried_later_with_the_same_id() {
        NotificationDelivery failed = scheduled.attemptFailed(T0, 500, "HTTP 500", RetrySchedule.standard());

        assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(failed.lastStatus()).isEqualTo(500);
        assertThat(failed.id()).isEqualTo(scheduled.id());
    }

    @Test
    void after_three_days_of_failures_it_is_given_up() {
        NotificationDelivery failed = scheduled.attemptFailed(
                T0.plus(Duration.ofDays(3)), null, "connection refused", RetrySchedule.standard());

        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.failedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
    }

    @Test
    void a_success_marks_it_delivered_and_counts_the_attempt() {
        NotificationDelivery delivered = scheduled
                .attemptFailed(T0, 503, "busy", RetrySchedule.standard())
                .delivered(T0.plusSeconds(5), 204);

        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastStatus()).isEqualTo(204);
        assertThat(delivered.lastError()).isNull();
    }
}
