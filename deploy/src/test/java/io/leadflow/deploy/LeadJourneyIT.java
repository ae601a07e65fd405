package io.leadflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One lead through the whole suite on real infrastructure: five processes, real HTTP through the gateway, real
 * RabbitMQ between them, a real PostgreSQL database per service, and a real webhook endpoint for the sales rep.
 */
class LeadJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static WebhookReceiver webhook;
    private static LocalStack stack;
    private static Gateway gateway;

    @BeforeAll
    static void startTheSuite() throws Exception {
        webhook = new WebhookReceiver();
        Path home = Path.of(System.getProperty("leadflow.home"));
        StackConfig config = StackConfig.defaults(home, System.getProperty("leadflow.version"))
                .withPortBase(18080)
                .withDataDir(home.resolve("deploy/target/e2e"))
                .withFreshDatabases("leadflow_e2e_");
        stack = LocalStack.start(config);
        gateway = new Gateway(stack.gatewayUrl());
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
        if (webhook != null) {
            webhook.close();
        }
    }

    @Test
    void a_lead_qualifies_reaches_its_rep_is_rejected_and_lands_in_nurturing() {
        String repId = createRep();
        String email = "dana.price+" + UUID.randomUUID().toString().substring(0, 8) + "@northwind-logistics.com";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Gateway.Answer visit = gateway.post("/api/v1/events", engagement(email, "website_visited", "website",
                now.minus(Duration.ofDays(2))));
        assertThat(visit.status()).isEqualTo(202);
        String leadId = visit.body().path("leadId").asString();

        await().atMost(PATIENCE).untilAsserted(() -> {
            Gateway.Answer lead = gateway.get("/api/v1/leads/" + leadId);
            assertThat(lead.status()).isEqualTo(200);
            assertThat(lead.body().path("stage").asString()).isEqualTo("NEW");
            assertThat(lead.body().path("score").asInt()).isEqualTo(10);
        });

        Gateway.Answer demo = gateway.post("/api/v1/events", engagement(email, "demo_requested", "contact_form",
                now.minus(Duration.ofHours(1))));
        assertThat(demo.status()).isEqualTo(202);
        assertThat(demo.body().path("leadId").asString()).as("same person, same lead").isEqualTo(leadId);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode lead = gateway.get("/api/v1/leads/" + leadId).body();
            assertThat(lead.path("stage").asString()).isEqualTo("MQL");
            assertThat(lead.path("reasons").toString()).containsIgnoringCase("demo");
        });

        WebhookReceiver.Received notification = await().atMost(PATIENCE).until(
                () -> webhook.received().stream().filter(r -> r.body().contains(leadId)).findFirst().orElse(null),
                r -> r != null);
        JsonNode sent = Gateway.parse(notification.body());
        assertThat(sent.path("leadId").asString()).isEqualTo(leadId);
        assertThat(sent.path("rep").path("id").asString()).isEqualTo(repId);
        assertThat(sent.path("reasons").toString()).containsIgnoringCase("demo");
        assertThat(notification.header("webhook-id")).isNotBlank();
        assertThat(notification.header("webhook-signature")).startsWith("v1,");

        String handoffId = await().atMost(PATIENCE).until(() -> {
            JsonNode handoffs = gateway.get("/api/v1/handoffs?leadId=" + leadId).body();
            return handoffs != null && handoffs.isArray() && !handoffs.isEmpty()
                    ? handoffs.get(0).path("id").asString() : null;
        }, id -> id != null);
        Gateway.Answer rejected = gateway.post("/api/v1/handoffs/" + handoffId + "/reject",
                "{\"reason\":\"timing\",\"note\":\"Budget opens in Q3, call back then\"}");
        assertThat(rejected.status()).isBetween(200, 204);

        await().atMost(PATIENCE).untilAsserted(() -> {
            Gateway.Answer enrolment = gateway.get("/api/v1/nurture/enrollments/" + leadId);
            assertThat(enrolment.status()).isEqualTo(200);
            assertThat(enrolment.body().path("status").asString()).isEqualTo("ACTIVE");
            assertThat(enrolment.body().path("reason").asString()).isEqualToIgnoringCase("timing");
            assertThat(enrolment.body().path("note").asString()).isEqualTo("Budget opens in Q3, call back then");
        });

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode lead = gateway.get("/api/v1/leads/" + leadId).body();
            assertThat(lead.path("stage").asString()).isEqualTo("NURTURING");
            assertThat(stagesOf(lead.path("timeline"))).containsExactly("MQL", "REJECTED", "NURTURING");
        });
    }

    @Test
    void bad_input_through_the_gateway_is_answered_with_a_problem_that_names_the_field() {
        Gateway.Answer answer = gateway.post("/api/v1/events", engagement("not-an-address", "website_visited",
                "website", Instant.now().minusSeconds(60)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("type").asString()).endsWith("/invalid-field");
        assertThat(answer.body().path("field").asString()).isEqualTo("email");
    }

    private String createRep() {
        Gateway.Answer rep = gateway.post("/api/v1/reps", """
                {"name":"Riley Chen","email":"riley.chen@leadflow-demo.example","webhookUrl":"%s","available":true}
                """.formatted(webhook.url()));
        assertThat(rep.status()).isEqualTo(201);
        return rep.body().path("id").asString();
    }

    private static String engagement(String email, String type, String channel, Instant at) {
        return """
                {"type":"%s","occurredAt":"%s","email":"%s","channel":"%s","source":"e2e","campaign":"walking-skeleton"}
                """.formatted(type, at, email, channel);
    }

    private static List<String> stagesOf(JsonNode timeline) {
        List<String> stages = new ArrayList<>();
        timeline.forEach(entry -> stages.add(entry.path("to").asString()));
        return stages;
    }
}
