package io.leadflow.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.Channel;
import io.leadflow.kernel.EngagementType;
import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EngagementRecordedEvent;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.MessageHeaders;
import io.leadflow.kernel.testing.LocalDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A traced engagement arrives (W3C {@code traceparent} header, as ingestion's relay sends it): scoring's work joins
 * that trace, the events it writes to its outbox keep the trace id, and its relay hands the stored context on to the
 * next consumer. The consumer bindings use a group of this run only, so no other test context takes the messages.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationIT {

    private static final String GROUP =
            "scoring-trace-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void ownDatabaseAndGroup(DynamicPropertyRegistry registry) {
        String url = LocalDatabases.recreate("leadflow_test_scoring_tracing");
        registry.add("spring.datasource.url", () -> url);
        for (String binding :
                List.of("onEngagementRecorded-in-0", "onProfileChanged-in-0", "onLifecycleChanged-in-0")) {
            registry.add("spring.cloud.stream.bindings." + binding + ".group", () -> GROUP);
            registry.add("spring.cloud.stream.rabbit.bindings." + binding + ".consumer.expires", () -> 600_000);
            registry.add("spring.cloud.stream.rabbit.bindings." + binding + ".consumer.dlq-expires", () -> 600_000);
        }
    }

    @Autowired
    private RabbitTemplate rabbit;

    @Autowired
    private AmqpAdmin admin;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcClient jdbc;

    private String scoresObserver;

    @BeforeEach
    void observeScores() {
        scoresObserver = admin.declareQueue(
                QueueBuilder.nonDurable(GROUP + ".scores").expires(600_000).build());
        admin.declareBinding(
                new Binding(scoresObserver, Binding.DestinationType.QUEUE, EventStreams.SCORES, "#", null));
    }

    @AfterEach
    void stopObserving() {
        admin.deleteQueue(scoresObserver);
    }

    @Test
    void a_traced_engagement_is_scored_in_its_trace_and_the_score_goes_out_carrying_that_trace() {
        LeadId lead = LeadId.newId();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String incoming = "00-" + traceId + "-00f067aa0ba902b7-01";
        send(lead, "trace-it-" + traceId, incoming);

        List<String> stored = await().atMost(PATIENCE)
                .until(
                        () -> jdbc.sql(
                                        "select traceparent from outbox_event where lead_id = :lead and published_at is not null")
                                .param("lead", lead.value())
                                .query(String.class)
                                .list(),
                        rows -> !rows.isEmpty());
        assertThat(stored)
                .as("the outbox rows scoring wrote for the lead")
                .allSatisfy(traceparent -> assertThat(traceparent)
                        .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                        .as("a span of scoring's own, a child of the sender's")
                        .isNotEqualTo(incoming));

        Message relayed = await().atMost(PATIENCE)
                .until(
                        () -> rabbit.receive(scoresObserver, 500),
                        message -> message != null && lead.toString().equals(header(message, MessageHeaders.LEAD_ID)));
        assertThat(header(relayed, MessageHeaders.TRACEPARENT))
                .as("the relayed LeadScored's traceparent")
                .isIn(stored);
    }

    @Test
    void the_log_lines_written_while_consuming_carry_the_correlation_id_and_the_trace_id(CapturedOutput output) {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String correlation = "trace-it-" + traceId;
        MessageProperties properties = new MessageProperties();
        properties.setHeader(MessageHeaders.EVENT_ID, UUID.randomUUID().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, "SomethingNewer");
        properties.setHeader(MessageHeaders.CORRELATION_ID, correlation);
        properties.setHeader(MessageHeaders.TRACEPARENT, "00-" + traceId + "-00f067aa0ba902b7-01");
        rabbit.send(EventStreams.ENGAGEMENTS, EventStreams.ENGAGEMENTS, new Message("{}".getBytes(), properties));

        JsonNode line = await().atMost(PATIENCE)
                .until(
                        () -> output.getOut()
                                .lines()
                                .filter(text -> text.startsWith("{") && text.contains("SomethingNewer"))
                                .map(json::readTree)
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(line.path("correlation").path("id").asString()).isEqualTo(correlation);
        assertThat(line.path("trace.id").asString()).isEqualTo(traceId);
        assertThat(line.path("span.id").asString()).matches("[0-9a-f]{16}");
    }

    private void send(LeadId lead, String correlation, String traceparent) {
        EngagementRecordedEvent event = new EngagementRecordedEvent(
                EventMetadata.create(
                        EngagementRecordedEvent.TYPE,
                        EngagementRecordedEvent.VERSION,
                        lead,
                        Instant.now().minusSeconds(5),
                        correlation),
                EngagementType.WEBSITE_VISITED,
                null,
                Channel.WEBSITE,
                "website",
                null,
                Map.of());
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, event.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, event.metadata().eventType());
        properties.setHeader(MessageHeaders.LEAD_ID, lead.toString());
        properties.setHeader(MessageHeaders.CORRELATION_ID, correlation);
        properties.setHeader(MessageHeaders.TRACEPARENT, traceparent);
        rabbit.send(
                EventStreams.ENGAGEMENTS,
                EventStreams.ENGAGEMENTS,
                new Message(json.writeValueAsBytes(event), properties));
    }

    private static String header(Message message, String name) {
        Object value = message.getMessageProperties().getHeaders().get(name);
        return value == null ? null : value.toString();
    }
}
