package io.leadflow.handoff.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.leadflow.handoff.application.port.out.DeliveryOutcome;
import io.leadflow.handoff.application.port.out.HandoffNotice;
import io.leadflow.handoff.application.port.out.WebhookSecrets;
import io.leadflow.handoff.domain.Assignment;
import io.leadflow.handoff.domain.Handoff;
import io.leadflow.handoff.domain.HandoffId;
import io.leadflow.handoff.domain.LeadProfile;
import io.leadflow.handoff.domain.NotificationChannel;
import io.leadflow.handoff.domain.NotificationDelivery;
import io.leadflow.handoff.domain.Qualification;
import io.leadflow.handoff.domain.RepId;
import io.leadflow.handoff.domain.Route;
import io.leadflow.handoff.domain.SalesRep;
import io.leadflow.handoff.domain.WebhookUrl;
import io.leadflow.handoff.domain.WinLikelihood;
import io.leadflow.kernel.EmailAddress;
import io.leadflow.kernel.LeadId;
import io.leadflow.support.webhook.WebhookSigner;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookSalesNotifierTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    private static final RepId RITA = RepId.newId();
    private static final String FOR_RITA = "{\"rep\":{\"id\":\"" + RITA + "\"}}";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<RepId, List<String>> secretsOfReps = new HashMap<>(Map.of(RITA, List.of("s3cret")));
    private final WebhookSecrets secrets = new WebhookSecrets() {
        @Override
        public String issue(RepId rep, Instant now, Instant previousValidUntil) {
            throw new AssertionError("sending never issues a secret");
        }

        @Override
        public List<String> valid(RepId rep, Instant at) {
            return secretsOfReps.getOrDefault(rep, List.of());
        }
    };
    private final WebhookSalesNotifier notifier = new WebhookSalesNotifier(
            json,
            new WebhookProperties(
                    20,
                    Duration.ofSeconds(2),
                    Duration.ofMinutes(1),
                    List.of(Duration.ofSeconds(5)),
                    Duration.ofDays(3)),
            Clock.fixed(NOW, ZoneOffset.UTC),
            List.of("127.0.0.1", "localhost"),
            secrets,
            "https://sales.example.com/");
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static HandoffNotice notice(Optional<LeadProfile> profile) {
        SalesRep rita = new SalesRep(
                RepId.newId(),
                "Rita Rep",
                EmailAddress.of("rita@seller.example"),
                WebhookUrl.parse("https://crm.example.com/hooks"),
                true,
                NOW,
                NOW);
        LeadId lead = LeadId.newId();
        Handoff handoff = Handoff.open(
                HandoffId.newId(),
                new Qualification(
                        UUID.randomUUID(),
                        lead,
                        81,
                        true,
                        List.of("demo requested", "fits ICP"),
                        NOW,
                        "corr",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new WinLikelihood("win-rate", 3, 72, List.of("Demo requested 1 time: +0.93")))),
                new Assignment(rita, "round-robin", rita.teamId()),
                Route.NONE,
                NOW);
        return new HandoffNotice(handoff, rita, profile);
    }

    @Test
    void renders_what_the_rep_needs_to_act_on_the_lead() {
        HandoffNotice notice = notice(Optional.of(new LeadProfile(
                LeadId.newId(), "jane@acme.example", Map.of("company.name", "Acme", "jobTitle", "CTO"), NOW)));

        var message = notifier.render(notice).orElseThrow();
        JsonNode body = json.readTree(message.payload());

        String id = notice.handoff().id().toString();
        assertThat(message.target()).isEqualTo("https://crm.example.com/hooks");
        assertThat(body.get("type").asString()).isEqualTo("lead.handoff.assigned");
        assertThat(body.get("handoffId").asString()).isEqualTo(id);
        assertThat(body.get("leadId").asString())
                .isEqualTo(notice.handoff().leadId().toString());
        assertThat(body.get("rep").get("name").asString()).isEqualTo("Rita Rep");
        assertThat(body.get("rep").get("email").asString()).isEqualTo("rita@seller.example");
        assertThat(body.get("lead").get("email").asString()).isEqualTo("jane@acme.example");
        assertThat(body.get("lead").get("company.name").asString()).isEqualTo("Acme");
        assertThat(body.get("score").asInt()).isEqualTo(81);
        assertThat(body.get("fastTrack").asBoolean()).isTrue();
        assertThat(body.get("reasons").values())
                .extracting(JsonNode::asString)
                .containsExactly("demo requested", "fits ICP");
        assertThat(body.get("likelihoods").get(0).get("model").asString()).isEqualTo("win-rate");
        assertThat(body.get("likelihoods").get(0).get("version").asInt()).isEqualTo(3);
        assertThat(body.get("likelihoods").get(0).get("percent").asInt()).isEqualTo(72);
        assertThat(body.get("likelihoods").get(0).get("reasons").get(0).asString())
                .isEqualTo("Demo requested 1 time: +0.93");
        assertThat(body.get("assignedAt").asString()).isEqualTo("2026-11-02T09:00:00Z");
        assertThat(body.get("links").get("open").asString()).isEqualTo("https://sales.example.com/handoffs/" + id);
        assertThat(body.get("links").get("accept").asString()).isEqualTo("https://sales.example.com/handoffs/" + id);
        assertThat(body.get("links").get("reject").asString()).isEqualTo("https://sales.example.com/handoffs/" + id);
    }

    @Test
    void a_lead_without_a_known_profile_has_no_email_yet() {
        JsonNode body = json.readTree(
                notifier.render(notice(Optional.empty())).orElseThrow().payload());

        assertThat(body.get("lead").get("email").isNull()).isTrue();
    }

    @Test
    void posts_signed_json_and_treats_2xx_as_delivered_and_anything_else_as_a_failed_attempt() throws IOException {
        AtomicReference<Integer> answer = new AtomicReference<>(202);
        AtomicReference<String> signature = new AtomicReference<>();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hooks", exchange -> {
            signature.set(exchange.getRequestHeaders().getFirst("webhook-signature"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
        NotificationDelivery delivery = NotificationDelivery.schedule(
                HandoffId.newId(),
                NotificationChannel.WEBHOOK,
                "http://localhost:" + server.getAddress().getPort() + "/hooks",
                FOR_RITA,
                NOW);

        assertThat(notifier.send(delivery)).isEqualTo(DeliveryOutcome.delivered(202));
        assertThat(signature.get())
                .isEqualTo(new WebhookSigner("s3cret").sign(delivery.id().toString(), NOW.getEpochSecond(), FOR_RITA));

        answer.set(500);
        assertThat(notifier.send(delivery)).satisfies(outcome -> {
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.status()).isEqualTo(500);
        });
    }

    @Test
    void an_unreachable_receiver_is_a_failed_attempt_without_a_status() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NotificationDelivery delivery = NotificationDelivery.schedule(
                HandoffId.newId(),
                NotificationChannel.WEBHOOK,
                "http://localhost:" + closedPort + "/hooks",
                FOR_RITA,
                NOW);

        DeliveryOutcome outcome = notifier.send(delivery);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).isNotBlank();
    }

    @Test
    void a_target_the_policy_refuses_is_never_called_and_counts_as_a_failed_attempt() throws IOException {
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hooks", exchange -> {
            calls.set(calls.get() + 1);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        WebhookSalesNotifier guarded = new WebhookSalesNotifier(
                json,
                new WebhookProperties(
                        20,
                        Duration.ofSeconds(2),
                        Duration.ofMinutes(1),
                        List.of(Duration.ofSeconds(5)),
                        Duration.ofDays(3)),
                Clock.fixed(NOW, ZoneOffset.UTC),
                List.of(),
                secrets,
                "https://sales.example.com/");
        NotificationDelivery delivery = NotificationDelivery.schedule(
                HandoffId.newId(),
                NotificationChannel.WEBHOOK,
                "http://localhost:" + server.getAddress().getPort() + "/hooks",
                FOR_RITA,
                NOW);

        DeliveryOutcome outcome = guarded.send(delivery);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error()).contains("refused target", "loopback");
        assertThat(calls.get()).isZero();
    }

    @Test
    void during_a_rotations_grace_period_the_webhook_carries_the_new_and_the_old_signature() throws IOException {
        AtomicReference<String> signature = new AtomicReference<>();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hooks", exchange -> {
            signature.set(exchange.getRequestHeaders().getFirst("webhook-signature"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        secretsOfReps.put(RITA, List.of("whsec_bmV3LXNlY3JldC1vZi1yaXRh", "whsec_b2xkLXNlY3JldC1vZi1yaXRh"));
        NotificationDelivery delivery = NotificationDelivery.schedule(
                HandoffId.newId(),
                NotificationChannel.WEBHOOK,
                "http://localhost:" + server.getAddress().getPort() + "/hooks",
                FOR_RITA,
                NOW);

        assertThat(notifier.send(delivery).delivered()).isTrue();

        String id = delivery.id().toString();
        assertThat(signature.get().split(" "))
                .containsExactly(
                        new WebhookSigner("whsec_bmV3LXNlY3JldC1vZi1yaXRh").sign(id, NOW.getEpochSecond(), FOR_RITA),
                        new WebhookSigner("whsec_b2xkLXNlY3JldC1vZi1yaXRh").sign(id, NOW.getEpochSecond(), FOR_RITA));
    }

    @Test
    void a_webhook_for_a_rep_without_a_secret_is_never_sent_unsigned() throws IOException {
        AtomicReference<Integer> calls = new AtomicReference<>(0);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hooks", exchange -> {
            calls.set(calls.get() + 1);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        NotificationDelivery delivery = NotificationDelivery.schedule(
                HandoffId.newId(),
                NotificationChannel.WEBHOOK,
                "http://localhost:" + server.getAddress().getPort() + "/hooks",
                "{\"rep\":{\"id\":\"" + RepId.newId() + "\"}}",
                NOW);

        DeliveryOutcome outcome = notifier.send(delivery);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error()).contains("no signing secret");
        assertThat(calls.get()).isZero();
    }
}
