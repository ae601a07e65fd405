package io.leadflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.event.MessageHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request that comes with a W3C {@code traceparent} (as the gateway sends it) is handled in that trace: the events it
 * causes are stored with the trace context, and the relay puts exactly that context on the message it publishes.
 * An outbox row without a trace context is published all the same, without the header.
 */
class TracePropagationIT extends RunningServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RabbitAdmin rabbit;

    @Autowired
    RabbitTemplate template;

    private Queue engagements;
    private Queue profiles;

    @BeforeEach
    void observe() {
        engagements = observe("lead.engagements");
        profiles = observe("lead.profiles");
    }

    @AfterEach
    void stopObserving() {
        rabbit.deleteQueue(engagements.getName());
        rabbit.deleteQueue(profiles.getName());
    }

    @Test
    void the_event_a_traced_request_causes_is_stored_and_published_in_that_trace() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String incoming = "00-" + traceId + "-b7ad6b7169203331-01";
        String at = Instant.now()
                .minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();

        HttpCalls.Answer accepted = http().post(
                        "/api/v1/events",
                        IngestionApiIT.event("traced." + traceId + "@contoso-it.com", "email_opened", at),
                        MessageHeaders.TRACEPARENT,
                        incoming,
                        "X-Correlation-Id",
                        "trace-it-" + traceId);
        assertThat(accepted.status()).isEqualTo(202);
        String leadId = accepted.json().path("leadId").asString();

        List<String> stored = jdbc.sql("select traceparent from outbox_event where lead_id = cast(:lead as uuid)")
                .param("lead", leadId)
                .query(String.class)
                .list();
        assertThat(stored)
                .as("the outbox rows of the request")
                .isNotEmpty()
                .allSatisfy(traceparent -> assertThat(traceparent)
                        .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                        .as("the service's own span, a child of the caller's")
                        .isNotEqualTo(incoming));

        Message engagement = await().atMost(PATIENCE)
                .until(
                        () -> template.receive(engagements.getName(), 500),
                        m -> m != null && leadId.equals(header(m, MessageHeaders.LEAD_ID)));
        assertThat(header(engagement, MessageHeaders.TRACEPARENT))
                .as("the published engagement's traceparent")
                .isIn(stored);
    }

    @Test
    void an_outbox_row_without_a_trace_context_is_published_without_one() {
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (event_id, event_type, stream, lead_id, correlation_id, payload)
                values (:id, 'TraceItProbe', 'lead.profiles', :lead, 'trace-it', cast('{}' as jsonb))""").param("id", eventId).param("lead", UUID.randomUUID()).update();

        Message probe = await().atMost(PATIENCE)
                .until(
                        () -> template.receive(profiles.getName(), 500),
                        m -> m != null && eventId.toString().equals(header(m, MessageHeaders.EVENT_ID)));
        assertThat(probe.getMessageProperties().getHeaders()).doesNotContainKey(MessageHeaders.TRACEPARENT);
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("select published_at is not null from outbox_event where event_id = :id")
                        .param("id", eventId)
                        .query(Boolean.class)
                        .single());
    }

    private Queue observe(String stream) {
        Queue queue = QueueBuilder.nonDurable("ingestion-trace-it." + stream + "." + UUID.randomUUID())
                .expires(600_000)
                .build();
        rabbit.declareQueue(queue);
        rabbit.declareBinding(
                BindingBuilder.bind(queue).to(new TopicExchange(stream)).with("#"));
        return queue;
    }

    private static String header(Message message, String name) {
        Object value = message.getMessageProperties().getHeaders().get(name);
        return value == null ? null : value.toString();
    }
}
