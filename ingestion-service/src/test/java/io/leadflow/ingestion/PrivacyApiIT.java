package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadDataErasedEvent;
import io.leadflow.kernel.event.LeadDataExportedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.support.testing.GatewayTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data subjects' requests over HTTP on the real PostgreSQL and RabbitMQ: ingestion erases its copy at once and tells
 * the other services by lead id; their receipts and export parts, arriving as messages, complete the request.
 */
class PrivacyApiIT extends RunningServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String OFFICER = GatewayTokens.of("dpo@leadflow.test", "privacy_officer");

    @Autowired
    RabbitAdmin rabbit;

    @Autowired
    RabbitTemplate template;

    @Autowired
    JsonMapper json;

    private Queue requests;

    @BeforeEach
    void observeTheRequests() {
        requests = new Queue("it.ingestion.privacy." + UUID.randomUUID(), false, true, true);
        rabbit.declareExchange(new TopicExchange("lead.privacy", true, false));
        rabbit.declareQueue(requests);
        rabbit.declareBinding(BindingBuilder.bind(requests)
                .to(new TopicExchange("lead.privacy"))
                .with("#"));
    }

    @AfterEach
    void stopObservingOnceEverythingWasSent() {
        // the shared service's other tests observe the streams: leave them none of this test's events in flight
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("select count(*) from outbox_event where published_at is null")
                                .query(Long.class)
                                .single()
                        == 0);
        rabbit.deleteQueue(requests.getName());
    }

    private String known(String email) {
        HttpCalls.Answer contact = http().upsertContact(email, "{\"firstName\":\"Wren\",\"lastName\":\"Canarysson\"}");
        assertThat(contact.status()).isEqualTo(201);
        return contact.json().path("leadId").asString();
    }

    private HttpCalls.Answer ask(String kind, String email, String token) {
        return http().post("/api/v1/privacy/" + kind, "{\"email\":\"" + email + "\"}", GatewayTokens.HEADER, token);
    }

    private void answer(IntegrationEvent event) {
        Message message = MessageBuilder.withBody(json.writeValueAsBytes(event))
                .setContentType("application/json")
                .setHeader(MessageHeaders.EVENT_ID, event.eventId().toString())
                .setHeader(MessageHeaders.EVENT_TYPE, event.metadata().eventType())
                .setHeader(MessageHeaders.LEAD_ID, event.metadata().leadId().toString())
                .setHeader(MessageHeaders.CORRELATION_ID, event.metadata().correlationId())
                .build();
        template.send("lead.privacy-receipts", "#", message);
    }

    private static EventMetadata metadata(String type, UUID request) {
        return EventMetadata.create(type, 1, new LeadId(request), Instant.now(), "privacy-api-it");
    }

    @Test
    void an_erasure_forgets_the_contact_at_once_and_completes_when_every_service_sent_its_receipt() {
        String email = "wren." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        String leadId = known(email);

        HttpCalls.Answer asked = ask("erasures", email, OFFICER);

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body()).doesNotContain(email);
        String id = asked.json().path("id").asString();
        assertThat(asked.response().headers().firstValue("Location")).hasValue("/api/v1/privacy/erasures/" + id);
        assertThat(asked.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(asked.json().path("services").get(0).path("service").asString())
                .isEqualTo("ingestion-service");
        assertThat(asked.json().path("services").get(0).path("status").asString())
                .isEqualTo("DONE");
        assertThat(asked.json().path("services").get(1).path("status").asString())
                .isEqualTo("PENDING");
        assertThat(http().contact(email).status()).isEqualTo(404);

        Message request = await().atMost(PATIENCE).until(() -> template.receive(requests.getName()), m -> m != null);
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        assertThat(body).doesNotContain(email);
        JsonNode sent = json.readTree(body);
        assertThat(sent.path("requestId").asString()).isEqualTo(id);
        assertThat(sent.path("leadIds").get(0).asString()).isEqualTo(leadId);

        for (String service : List.of("scoring-service", "handoff-service", "nurturing-service")) {
            LeadDataErasedEvent receipt = new LeadDataErasedEvent(
                    metadata(LeadDataErasedEvent.TYPE, UUID.fromString(id)),
                    UUID.fromString(id),
                    service,
                    Instant.now(),
                    2);
            answer(receipt);
            answer(receipt);
        }
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode status = http().send(
                            "GET", "/api/v1/privacy/erasures/" + id, null, null, GatewayTokens.HEADER, OFFICER)
                    .json();
            assertThat(status.path("status").asString()).isEqualTo("COMPLETED");
            assertThat(status.path("services").findValuesAsString("status")).containsOnly("DONE");
        });

        String back = known(email);
        assertThat(back).as("the person comes back as a new lead").isNotEqualTo(leadId);
    }

    @Test
    void an_export_assembles_every_services_part_into_one_document() {
        String email = "wren." + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
        known(email);

        HttpCalls.Answer asked = ask("exports", email, OFFICER);
        assertThat(asked.status()).isEqualTo(202);
        UUID id = UUID.fromString(asked.json().path("id").asString());
        for (String service : List.of("scoring-service", "handoff-service", "nurturing-service")) {
            answer(new LeadDataExportedEvent(
                    metadata(LeadDataExportedEvent.TYPE, id), id, service, "{\"from\":\"" + service + "\"}"));
        }

        JsonNode done = await().atMost(PATIENCE)
                .until(
                        () -> http().send(
                                        "GET",
                                        "/api/v1/privacy/exports/" + id,
                                        null,
                                        null,
                                        GatewayTokens.HEADER,
                                        OFFICER)
                                .json(),
                        status -> "COMPLETED".equals(status.path("status").asString()));
        JsonNode services = done.path("document").path("services");
        assertThat(services.path("ingestion-service").toString())
                .contains(email)
                .contains("Canarysson");
        assertThat(services.path("nurturing-service").path("from").asString()).isEqualTo("nurturing-service");
        assertThat(done.path("expiresAt").asString()).isNotBlank();
    }

    @Test
    void only_admins_and_privacy_officers_may_ask_and_the_address_must_be_one() {
        HttpCalls.Answer marketing =
                ask("erasures", "someone@northwind.example", GatewayTokens.of("m@leadflow.test", "marketing"));
        assertThat(marketing.status()).isEqualTo(403);

        HttpCalls.Answer bad = ask("erasures", "not-an-address", OFFICER);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asString()).isEqualTo("email");

        assertThat(http().send(
                                "GET",
                                "/api/v1/privacy/erasures/" + UUID.randomUUID(),
                                null,
                                null,
                                GatewayTokens.HEADER,
                                OFFICER)
                        .status())
                .isEqualTo(404);
    }
}
