package io.leadflow.nurturing.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.nurturing.domain.StepDelivery;
import io.leadflow.support.webhook.WebhookSigner;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marketing's endpoint signs with its own configured secret: outside a local run the service does not start without
 * one, and during a rotation's grace period every webhook carries the new and the former signature, a real HTTP
 * receiver seeing both.
 */
class WebhookSecretsTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");
    private static final String NEW = "whsec_bmV3LW51cnR1cmUtc2VjcmV0";
    private static final String OLD = "whsec_b2xkLW51cnR1cmUtc2VjcmV0";

    private HttpServer receiver;
    private final AtomicReference<String> signature = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            signature.set(exchange.getRequestHeaders().getFirst("webhook-signature"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    }

    private WebhookProperties configured(String secret, String previous, String previousUntil) {
        return new WebhookProperties(
                url(),
                secret,
                List.of("127.0.0.1"),
                20,
                Duration.ofSeconds(2),
                Duration.ofMinutes(2),
                List.of(Duration.ofSeconds(5)),
                Duration.ofDays(3),
                previous,
                previousUntil);
    }

    private WebhookMarketingAutomation automation(WebhookProperties properties, Instant now, boolean localRun) {
        return new WebhookMarketingAutomation(
                JsonMapper.builder().build(), properties, Clock.fixed(now, ZoneOffset.UTC), localRun);
    }

    private StepDelivery delivery() {
        return new StepDelivery(
                UUID.fromString("5e0c7a52-1f7e-4a55-9d0e-3c8c1f2b7a10"), url().toString(), "{}", 0, NOW);
    }

    private String signed(String secret, Instant at) {
        return new WebhookSigner(secret).sign(delivery().id().toString(), at.getEpochSecond(), "{}");
    }

    @Test
    void outside_a_local_run_a_webhook_url_without_a_secret_stops_the_service_at_start_saying_what_to_set() {
        assertThatThrownBy(() -> automation(configured(null, null, null), NOW, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEADFLOW_NURTURE_WEBHOOK_SECRET")
                .hasMessageContaining("outside a local run");
    }

    @Test
    void a_local_run_without_a_secret_signs_with_the_local_one_and_elsewhere_the_configured_one_alone_signs() {
        assertThat(automation(configured(null, null, null), NOW, true)
                        .send(delivery())
                        .delivered())
                .isTrue();
        assertThat(signature.get()).isEqualTo(signed(WebhookProperties.LOCAL_RUN_SECRET, NOW));

        automation(configured(NEW, null, null), NOW, false).send(delivery());

        assertThat(signature.get()).isEqualTo(signed(NEW, NOW));
    }

    @Test
    void during_a_rotations_grace_period_both_secrets_sign_and_after_it_the_new_one_alone() {
        WebhookProperties rotating =
                configured(NEW, OLD, NOW.plus(Duration.ofHours(1)).toString());

        automation(rotating, NOW, false).send(delivery());
        assertThat(signature.get().split(" ")).containsExactly(signed(NEW, NOW), signed(OLD, NOW));

        Instant later = NOW.plus(Duration.ofHours(2));
        automation(rotating, later, false).send(delivery());
        assertThat(signature.get()).isEqualTo(signed(NEW, later));
    }

    @Test
    void a_former_secret_without_the_end_of_its_grace_is_refused_at_start() {
        assertThatThrownBy(() -> configured(NEW, OLD, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous-secret-valid-until");
    }
}
