package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.support.testing.GatewayTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The happy path on the real PostgreSQL and RabbitMQ: HTTP in, row stored, event confirmed out on the exchange. */
class IngestionServiceIT extends RunningServiceIT {

    @Autowired
    RabbitAdmin rabbit;

    @Autowired
    RabbitTemplate template;

    @Autowired
    JsonMapper json;

    private final List<Queue> observers = new ArrayList<>();

    @BeforeEach
    void observeTheEngagementStream() {
        observers.add(observe("lead.engagements"));
        observers.add(observe("lead.profiles"));
    }

    @AfterEach
    void stopObserving() {
        observers.forEach(q -> rabbit.deleteQueue(q.getName()));
    }

    @Test
    void an_event_posted_over_http_is_stored_and_published_once_confirmed_with_its_ids() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String body = """
                {"eventId":"%s","type":"content_downloaded","occurredAt":"2026-11-01T09:00:00Z",
                 "email":"Sam.Lee@Contoso-Pharma.com","channel":"content_form","source":"website",
                 "campaign":"case-studies","properties":{"contentType":"case_study"}}""".formatted(eventId);

        HttpResponse<String> first = post(body);
        HttpResponse<String> retry = post(body);

        assertThat(first.statusCode()).isEqualTo(202);
        JsonNode accepted = json.readTree(first.body());
        String leadId = accepted.path("leadId").asString();
        assertThat(accepted.path("eventId").asString()).isEqualTo(eventId);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(json.readTree(retry.body()).path("duplicate").asBoolean()).isTrue();

        Message engagement = await().atMost(Duration.ofSeconds(30))
                .until(() -> template.receive(observers.get(0).getName()), m -> m != null);
        assertThat(engagement.getMessageProperties().getHeaders())
                .containsEntry(MessageHeaders.EVENT_ID, eventId)
                .containsEntry(MessageHeaders.EVENT_TYPE, "EngagementRecorded")
                .containsEntry(MessageHeaders.LEAD_ID, leadId);
        JsonNode payload = json.readTree(new String(engagement.getBody(), StandardCharsets.UTF_8));
        assertThat(payload.path("engagementType").asString()).isEqualTo("CONTENT_DOWNLOADED");
        assertThat(payload.path("properties").path("contentType").asString()).isEqualTo("case_study");

        Message profile = await().atMost(Duration.ofSeconds(30))
                .until(() -> template.receive(observers.get(1).getName()), m -> m != null);
        JsonNode person = json.readTree(new String(profile.getBody(), StandardCharsets.UTF_8));
        assertThat(person.path("email").asString()).isEqualTo("sam.lee@contoso-pharma.com");
        assertThat(person.path("attributes").path("company.domain").asString()).isEqualTo("contoso-pharma.com");

        assertThat(template.receive(observers.get(0).getName(), 1000))
                .as("the retry is not published")
                .isNull();
        assertThat(jdbc.sql("select count(*) from outbox_event where published_at is null and lead_id = "
                                + "cast(:lead as uuid)")
                        .param("lead", leadId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from engagement where lead_id = cast(:lead as uuid)")
                        .param("lead", leadId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private Queue observe(String exchange) {
        Queue queue = new Queue("it.ingestion." + UUID.randomUUID(), false, true, true);
        rabbit.declareExchange(new TopicExchange(exchange, true, false));
        rabbit.declareQueue(queue);
        rabbit.declareBinding(
                BindingBuilder.bind(queue).to(new TopicExchange(exchange)).with("#"));
        return queue;
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                                .header(GatewayTokens.HEADER, GatewayTokens.anyone())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
