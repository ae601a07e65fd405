package io.leadflow.nurturing.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.nurturing.domain.DeliveryOutcome;
import io.leadflow.nurturing.domain.StepDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WebhookMarketingAutomationTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    private final WebhookMarketingAutomation automation = new WebhookMarketingAutomation(
            JsonMapper.builder().build(),
            new WebhookProperties(
                    null,
                    "whsec_bG9jYWwtZGV2LW9ubHktbnVydHVyZS13ZWJob29rLXNlY3JldA==",
                    List.of(),
                    20,
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(2),
                    List.of(Duration.ofSeconds(5)),
                    Duration.ofDays(3),
                    null,
                    null),
            Clock.fixed(NOW, ZoneOffset.UTC),
            true);

    @Test
    void a_stored_target_that_now_points_inside_the_cluster_is_a_failed_attempt_that_says_why() {
        DeliveryOutcome outcome = automation.send(new StepDelivery(
                UUID.fromString("7d1f0c2e-5b8a-4c1e-9f3a-2b6d8e4a1c90"),
                "http://127.0.0.1:1/hooks",
                "{\"a\":1}",
                0,
                NOW));

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.statusCode()).isNull();
        assertThat(outcome.error()).contains("target refused").contains("a loopback address");
    }
}
