package io.leadflow.ingestion.adapter.out.messaging;

import io.leadflow.kernel.event.EventStreams;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox events to RabbitMQ and marks each one sent only after the broker confirmed its message and
 * routed it to at least one queue. Engagements travel many to a message ({@link OutboxPacking}, at most
 * {@code leadflow.outbox.events-per-message}); other streams one event per message. Rows are locked with
 * {@code SKIP LOCKED}, so replicas share the work without sending an event twice at the same time; a crash between
 * the send and the mark sends it again, which consumers absorb through the event id.
 */
@Component
class OutboxRelay {

    static final String EVENT_ID = "leadflow-event-id";
    static final String EVENT_TYPE = "leadflow-event-type";
    static final String LEAD_ID = "leadflow-lead-id";
    static final String CORRELATION_ID = "leadflow-correlation-id";
    static final String EVENT_COUNT = "leadflow-event-count";
    /** The streams whose events are packed many to a message; their consumers read both forms. */
    static final Set<String> PACKED_STREAMS = Set.of(EventStreams.ENGAGEMENTS);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private record Sent(OutboxPacking.Packet packet, CorrelationData confirm) {}

    private final JdbcClient jdbc;
    private final StreamBridge bridge;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;

    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean stopping;

    OutboxRelay(
            JdbcClient jdbc,
            StreamBridge bridge,
            TransactionTemplate transactions,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.bridge = bridge;
        this.transactions = transactions;
        this.properties = properties;
        Gauge.builder("leadflow.outbox.backlog", backlog, AtomicLong::get)
                .description("outbox events not yet confirmed by the broker")
                .register(meters);
    }

    /** Stops taking new rounds once the service shuts down; what is not confirmed yet stays pending for the next start. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    /** Counts pending rows for the backlog gauge, in its own slower round so that counting never slows relaying. */
    @Scheduled(fixedDelayString = "${leadflow.outbox.backlog-interval:5s}")
    void measureBacklog() {
        backlog.set(jdbc.sql("select count(*) from outbox_event where published_at is null")
                .query(Long.class)
                .single());
    }

    @Scheduled(fixedDelayString = "${leadflow.outbox.poll-interval:100ms}")
    void relayPending() {
        if (!properties.enabled() || stopping) {
            return;
        }
        Integer relayed;
        do {
            relayed = transactions.execute(status -> relayBatch());
        } while (relayed != null && relayed == properties.batchSize() && !stopping);
    }

    private int relayBatch() {
        List<OutboxRow> rows = jdbc.sql("""
                select id, event_id, event_type, stream, lead_id, correlation_id, payload::text, traceparent
                from outbox_event
                where published_at is null order by id limit :limit for update skip locked""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new OutboxRow(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        List<Sent> sent = new ArrayList<>();
        for (OutboxPacking.Packet packet : OutboxPacking.pack(rows, PACKED_STREAMS, properties.eventsPerMessage())) {
            CorrelationData confirm =
                    new CorrelationData(packet.first().eventId().toString());
            bridge.send(packet.stream(), message(packet, confirm));
            sent.add(new Sent(packet, confirm));
        }
        List<Long> confirmed = new ArrayList<>(rows.size());
        for (Sent s : sent) {
            String failure = awaitConfirm(s.confirm());
            if (failure == null) {
                confirmed.addAll(s.packet().ids());
            } else {
                LOG.warn(
                        "message of {} {} event(s) from {} not confirmed by the broker: {}",
                        s.packet().rows().size(),
                        s.packet().type(),
                        s.packet().first().eventId(),
                        failure);
                jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id in (:ids)")
                        .param("error", failure)
                        .param("ids", s.packet().ids())
                        .update();
            }
        }
        if (!confirmed.isEmpty()) {
            jdbc.sql("update outbox_event set published_at = now() where id in (:ids)")
                    .param("ids", confirmed)
                    .update();
        }
        return confirmed.size() == rows.size() ? rows.size() : 0;
    }

    /**
     * One event: its JSON and its metadata as headers. Several: a JSON array of the events (each with its full
     * metadata), the shared type, how many, and the first event's id and correlation id (docs/messages.md).
     */
    private Message<byte[]> message(OutboxPacking.Packet packet, CorrelationData confirm) {
        OutboxRow first = packet.first();
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(
                        packet.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(EVENT_ID, first.eventId().toString())
                .setHeader(EVENT_TYPE, packet.type())
                .setHeader(CORRELATION_ID, first.correlationId())
                // the trace of the work that wrote the (first) row (none: the consumer starts a trace of its own)
                .setHeader(CurrentTrace.TRACEPARENT, first.traceparent())
                .setHeader("contentType", "application/json")
                .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, confirm);
        if (packet.packed()) {
            message.setHeader(EVENT_COUNT, packet.rows().size());
        } else {
            message.setHeader(LEAD_ID, first.leadId().toString());
        }
        return message.build();
    }

    private String awaitConfirm(CorrelationData confirm) {
        try {
            var result = confirm.getFuture().get(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!result.ack()) {
                return "nacked: " + result.reason();
            }
            if (confirm.getReturned() != null) {
                return "returned unroutable: " + confirm.getReturned().getReplyText();
            }
            return null;
        } catch (TimeoutException e) {
            return "no confirm within " + properties.confirmTimeout();
        } catch (ExecutionException e) {
            return "send failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
