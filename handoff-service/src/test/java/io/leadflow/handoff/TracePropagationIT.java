package io.leadflow.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadQualifiedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
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
 * Traces through hand-off: a qualified lead that arrives with a W3C {@code traceparent} is assigned in that trace (its
 * JSON log line names the trace and the correlation id), and an outbox row's stored trace context goes out on the
 * message the relay publishes. Consumers use a group of this run only, so no other test context takes the messages.
 */
@SpringBootTest(properties = "logging.structured.format.console=ecs")
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationIT {

    private static final String GROUP = ItGroup.named("handoff-trace-it-");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> ItDatabase.URL);
        ItGroup.consumeAs(registry, GROUP);
    }

    @Autowired
    private RabbitTemplate rabbit;

    @Autowired
    private AmqpAdmin admin;

    @Autowired
    private JsonMapper json;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void a_traced_qualification_is_logged_with_its_trace_id_and_correlation_id(CapturedOutput output) {
        LeadId lead = LeadId.newId();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        LeadQualifiedEvent qualified = new LeadQualifiedEvent(
                EventMetadata.create(
                        LeadQualifiedEvent.TYPE,
                        LeadQualifiedEvent.VERSION,
                        lead,
                        Instant.now(),
                        "trace-it-" + traceId),
                "default",
                1,
                80,
                "A",
                1,
                true,
                List.of("demo requested"),
                null,
                null,
                null,
                null);
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, qualified.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, LeadQualifiedEvent.TYPE);
        properties.setHeader(MessageHeaders.LEAD_ID, lead.toString());
        properties.setHeader(MessageHeaders.CORRELATION_ID, "trace-it-" + traceId);
        properties.setHeader(MessageHeaders.TRACEPARENT, "00-" + traceId + "-5fb397be34d26b51-01");
        rabbit.send(
                EventStreams.LIFECYCLE,
                EventStreams.LIFECYCLE,
                new Message(json.writeValueAsBytes(qualified), properties));

        JsonNode line = await().atMost(PATIENCE)
                .until(
                        () -> output.getOut()
                                .lines()
                                .filter(text -> text.startsWith("{") && text.contains("lead " + lead + " qualified"))
                                .map(json::readTree)
                                .findFirst()
                                .orElse(null),
                        found -> found != null);
        assertThat(line.path("trace.id").asString()).isEqualTo(traceId);
        assertThat(line.path("correlation").path("id").asString()).isEqualTo("trace-it-" + traceId);
    }

    @Test
    void the_relay_puts_an_outbox_row_s_trace_context_on_its_message() {
        String queue = "handoff-trace-it.lifecycle." + UUID.randomUUID();
        admin.declareQueue(QueueBuilder.nonDurable(queue).expires(600_000).build());
        admin.declareBinding(BindingBuilder.bind(QueueBuilder.nonDurable(queue).build())
                .to(new TopicExchange(EventStreams.LIFECYCLE))
                .with("#"));
        UUID eventId = UUID.randomUUID();
        String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-5fb397be34d26b51-01";
        jdbc.sql("""
                insert into outbox_event (event_id, event_type, stream, lead_id, correlation_id, payload, traceparent)
                values (:id, 'TraceItProbe', 'lead.lifecycle', :lead, 'trace-it', cast('{}' as jsonb), :traceparent)""")
                .param("id", eventId)
                .param("lead", UUID.randomUUID())
                .param("traceparent", traceparent)
                .update();

        Message relayed = await().atMost(PATIENCE)
                .until(
                        () -> rabbit.receive(queue, 500),
                        m -> m != null
                                && eventId.toString()
                                        .equals(m.getMessageProperties().getHeader(MessageHeaders.EVENT_ID)));
        assertThat(relayed.getMessageProperties().getHeaders().get(MessageHeaders.TRACEPARENT))
                .isEqualTo(traceparent);
        admin.deleteQueue(queue);
    }
}
