package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.testing.LocalDatabases;
import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.ProfileAttributes;
import io.leadflow.kernel.event.ProfileChangedEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main flow through the real RabbitMQ and PostgreSQL on localhost: ingestion's events for a lead with a business
 * address who asks for a demo make the lead an MQL, visible over HTTP and announced to hand-off on lead.lifecycle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScoringServiceIT {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_scoring");
        registry.add("spring.datasource.url", () -> url);
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private RabbitTemplate rabbit;

    @Autowired
    private AmqpAdmin admin;

    @Autowired
    private JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private String lifecycleObserver;

    @BeforeEach
    void observeLeadLifecycle() {
        // a plain exclusive queue: AnonymousQueue's leader-locator argument is refused by RabbitMQ 4 classic queues
        lifecycleObserver = admin.declareQueue(
                new Queue("scoring-service-it.lifecycle." + UUID.randomUUID(), false, true, true));
        admin.declareBinding(new Binding(lifecycleObserver, Binding.DestinationType.QUEUE, EventStreams.LIFECYCLE,
                "#", null));
    }

    @AfterEach
    void stopObserving() {
        admin.deleteQueue(lifecycleObserver);
    }

    @Test
    void a_demo_request_from_a_business_address_makes_the_lead_an_mql_and_tells_hand_off() throws Exception {
        LeadId lead = LeadId.newId();
        String correlation = "scoring-it-" + UUID.randomUUID();
        Instant now = Instant.now();
        send(EventStreams.PROFILES, new ProfileChangedEvent(
                EventMetadata.create(ProfileChangedEvent.TYPE, ProfileChangedEvent.VERSION, lead, now.minusSeconds(2),
                        correlation),
                "jane.doe@acme-industrial.com",
                Map.of(ProfileAttributes.COMPANY_DOMAIN, "acme-industrial.com", ProfileAttributes.FREE_MAIL, "false")));
        send(EventStreams.ENGAGEMENTS, new EngagementRecordedEvent(
                EventMetadata.create(EngagementRecordedEvent.TYPE, EngagementRecordedEvent.VERSION, lead,
                        now.minusSeconds(1), correlation),
                EngagementType.DEMO_REQUESTED, null, Channel.CONTACT_FORM, "website", "autumn-launch", Map.of()));

        JsonNode shown = await().atMost(PATIENCE).until(() -> leadView(lead),
                view -> view != null && "MQL".equals(view.path("stage").asString()));
        assertThat(shown.path("score").asInt()).isEqualTo(50);
        assertThat(shown.path("reasons").values()).anyMatch(reason -> reason.asString().contains("Demo requested"));
        assertThat(shown.path("timeline").get(0).path("actor").asString()).isEqualTo("scoring-service");

        LeadQualifiedEvent qualified = await().atMost(PATIENCE).until(() -> nextQualification(lead),
                event -> event != null);
        assertThat(qualified.fastTrack()).isTrue();
        assertThat(qualified.fitGrade()).isEqualTo("B");
        assertThat(qualified.metadata().correlationId()).isEqualTo(correlation);
        assertThat(qualified.reasons()).contains("Demo requested (+50)");
    }

    private void send(String stream, IntegrationEvent event) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader("leadflow-event-id", event.eventId().toString());
        properties.setHeader("leadflow-event-type", event.metadata().eventType());
        properties.setHeader("leadflow-lead-id", event.metadata().leadId().toString());
        properties.setHeader("leadflow-correlation-id", event.metadata().correlationId());
        rabbit.send(stream, stream, new Message(json.writeValueAsBytes(event), properties));
    }

    private JsonNode leadView(LeadId lead) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/leads/" + lead)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    /** Reads what has reached the observer queue; the qualification of this lead, once it is there. */
    private LeadQualifiedEvent nextQualification(LeadId lead) {
        Message message;
        while ((message = rabbit.receive(lifecycleObserver)) != null) {
            Map<String, Object> headers = message.getMessageProperties().getHeaders();
            if (LeadQualifiedEvent.TYPE.equals(headers.get("leadflow-event-type"))
                    && lead.toString().equals(headers.get("leadflow-lead-id"))) {
                return json.readValue(message.getBody(), LeadQualifiedEvent.class);
            }
        }
        return null;
    }
}
