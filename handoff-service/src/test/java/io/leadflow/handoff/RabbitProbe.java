package io.leadflow.handoff;

import static org.awaitility.Awaitility.await;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test's own connection to the real RabbitMQ, independent of the service's binder: it publishes events as
 * another service's outbox relay would (same headers, the kernel record as JSON), and watches a stream through a
 * queue of its own bound with {@code #}.
 */
final class RabbitProbe implements AutoCloseable {

    private final CachingConnectionFactory connections;
    private final RabbitTemplate template;
    private final RabbitAdmin admin;
    private final JsonMapper json;

    RabbitProbe(JsonMapper json) {
        this.json = json;
        this.connections = new CachingConnectionFactory(env("LEADFLOW_RABBIT_HOST", "localhost"));
        connections.setUsername(env("LEADFLOW_RABBIT_USER", "guest"));
        connections.setPassword(env("LEADFLOW_RABBIT_PASSWORD", "guest"));
        // the virtual host the service under test uses (application.yml reads the same variable)
        connections.setVirtualHost(env("LEADFLOW_RABBIT_VHOST", "/"));
        this.template = new RabbitTemplate(connections);
        this.admin = new RabbitAdmin(connections);
    }

    void publish(String stream, IntegrationEvent event) {
        EventMetadata meta = event.metadata();
        Message message = MessageBuilder.withBody(json.writeValueAsBytes(event))
                .setContentType("application/json")
                .setHeader("leadflow-event-id", meta.eventId().toString())
                .setHeader("leadflow-event-type", meta.eventType())
                .setHeader("leadflow-lead-id", meta.leadId().toString())
                .setHeader("leadflow-correlation-id", meta.correlationId())
                .build();
        template.send(stream, stream, message);
    }

    /**
     * A queue receiving everything published to the stream from now on: a plain classic queue that expires when
     * unused (Spring's AnonymousQueue sets a leader-locator argument that RabbitMQ 3.10 refuses).
     */
    String observe(String stream, String name) {
        Queue queue = QueueBuilder.nonDurable(name).expires(60_000).build();
        admin.declareQueue(queue);
        admin.declareBinding(
                BindingBuilder.bind(queue).to(new TopicExchange(stream)).with("#"));
        return queue.getName();
    }

    /** Waits for {@code count} events about the lead on the observing queue; other leads' events are skipped. */
    List<IntegrationEvent> awaitEventsFor(String queue, LeadId lead, int count) {
        List<IntegrationEvent> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Message message = template.receive(queue, 500);
            if (message != null
                    && lead.toString().equals(message.getMessageProperties().getHeader("leadflow-lead-id"))) {
                String type = message.getMessageProperties().getHeader("leadflow-event-type");
                found.add(
                        json.readValue(message.getBody(), Events.recordFor(type).orElseThrow()));
            }
            return found.size() >= count;
        });
        admin.deleteQueue(queue);
        return found;
    }

    @Override
    public void close() {
        connections.destroy();
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
