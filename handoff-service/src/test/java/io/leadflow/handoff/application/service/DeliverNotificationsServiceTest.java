package io.leadflow.handoff.application.service;

import static io.leadflow.handoff.application.service.HandoffFixture.qualified;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.handoff.application.port.in.HandoffView;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.kernel.LeadId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliverNotificationsServiceTest {

    private final HandoffFixture app = new HandoffFixture();
    private final LeadId lead = LeadId.newId();

    @BeforeEach
    void a_lead_is_assigned() {
        app.rep("Anna", true);
        app.assignHandoff.assignHandoff(qualified(lead));
    }

    private HandoffView.Notification notification() {
        return app.findHandoff.findHandoffsOfLead(lead).getFirst().notification();
    }

    @Test
    void a_delivered_notification_is_not_sent_again() {
        assertThat(app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks()))
                .isEqualTo(1);
        app.clock.advance(Duration.ofHours(1));

        assertThat(app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks()))
                .isZero();
        assertThat(app.notifier.sent).hasSize(1);
        assertThat(notification().status()).isEqualTo("delivered");
        assertThat(notification().attempts()).isEqualTo(1);
    }

    @Test
    void a_refused_attempt_is_retried_after_the_back_off_with_the_same_delivery_id() {
        app.notifier.outcomes.add(DeliveryOutcome.refused(500, "HTTP 500: boom"));

        app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks());
        assertThat(notification().status()).isEqualTo("pending");
        assertThat(notification().lastStatus()).isEqualTo(500);

        app.clock.advance(Duration.ofSeconds(4));
        assertThat(app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks()))
                .isZero();

        app.clock.advance(Duration.ofSeconds(1));
        assertThat(app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks()))
                .isEqualTo(1);
        assertThat(app.notifier.sent)
                .extracting(d -> d.id())
                .hasSize(2)
                .containsOnly(app.notifier.sent.get(0).id());
        assertThat(notification().status()).isEqualTo("delivered");
        assertThat(notification().attempts()).isEqualTo(2);
    }

    @Test
    void a_notifier_that_throws_counts_as_a_failed_attempt_and_is_retried() {
        app.notifier.failNext = new IllegalStateException("bug in a notifier");

        app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks());

        assertThat(notification().status()).isEqualTo("pending");
        assertThat(notification().attempts()).isEqualTo(1);
        assertThat(notification().lastError()).startsWith("notifier failed");
    }

    @Test
    void after_three_days_of_failures_the_notification_is_given_up_and_shown_as_failed() {
        for (int i = 0; i < 40; i++) {
            app.notifier.outcomes.add(DeliveryOutcome.unreachable("connection refused"));
        }

        for (int hour = 0; hour <= 80; hour++) {
            app.deliverNotifications.deliverNotifications(DeliverRounds.webhooks());
            app.clock.advance(Duration.ofHours(1));
        }

        assertThat(notification().status()).isEqualTo("failed");
        assertThat(notification().lastError()).isEqualTo("connection refused");
        assertThat(app.notifier.sent.size()).isBetween(15, 25);
    }
}
