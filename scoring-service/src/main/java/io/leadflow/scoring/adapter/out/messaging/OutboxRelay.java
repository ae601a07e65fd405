package io.leadflow.scoring.adapter.out.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox events to RabbitMQ and marks each one sent only after the broker confirmed it and routed
 * it to at least one queue. Rows are locked with {@code SKIP LOCKED}, so replicas share the work without sending an
 * event twice at the same time; a crash between the send and the mark sends it again, which consumers absorb
 * through the event id.
 */
@Component
class OutboxRelay {

    static final String EVENT_ID = "leadflow-event-id";
    static final String EVENT_TYPE = "leadflow-event-type";
    static final String LEAD_ID = "leadflow-lead-id";
    static final String CORRELATION_ID = "leadflow-correlation-id";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private record Row(
            long id,
            UUID eventId,
            String type,
            String stream,
            UUID leadId,
            String correlationId,
            String payload,
            String traceparent) {}

    private record Sent(Row row, CorrelationData confirm) {}

    private final JdbcClient jdbc;
    private final StreamBridge bridge;
    private final TransactionTemplate transactions;
    private final OutboxProperties properties;

    OutboxRelay(
            JdbcClient jdbc,
            StreamBridge bridge,
            TransactionTemplate transactions,
            OutboxProperties properties,
            MeterRegistry registry) {
        this.jdbc = jdbc;
        this.bridge = bridge;
        this.transactions = transactions;
        this.properties = properties;
        Gauge.builder("leadflow.outbox.backlog", this, OutboxRelay::backlog)
                .description("outbox events not yet confirmed by the broker")
                .register(registry);
    }

    /** Pending outbox rows, read when the gauge is scraped. */
    double backlog() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null")
                .query(Long.class)
                .single();
    }

    @Scheduled(fixedDelayString = "${leadflow.outbox.poll-interval:100ms}")
    void relayPending() {
        Integer relayed;
        do {
            relayed = transactions.execute(status -> relayBatch());
        } while (relayed != null && relayed == properties.batchSize());
    }

    private int relayBatch() {
        List<Row> rows = jdbc.sql("""
                select id, event_id, event_type, stream, lead_id, correlation_id, payload::text, traceparent
                from outbox_event
                where published_at is null order by id limit :limit for update skip locked""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        List<Sent> sent = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CorrelationData confirm = new CorrelationData(row.eventId().toString());
            bridge.send(row.stream(), message(row, confirm));
            sent.add(new Sent(row, confirm));
        }
        List<Long> confirmed = new ArrayList<>(sent.size());
        for (Sent s : sent) {
            String failure = awaitConfirm(s.confirm());
            if (failure == null) {
                confirmed.add(s.row().id());
            } else {
                LOG.warn(
                        "event {} of type {} not confirmed by the broker: {}",
                        s.row().eventId(),
                        s.row().type(),
                        failure);
                jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where id = :id")
                        .param("error", failure)
                        .param("id", s.row().id())
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

    private Message<byte[]> message(Row row, CorrelationData confirm) {
        return MessageBuilder.withPayload(row.payload().getBytes(StandardCharsets.UTF_8))
                .setHeader(EVENT_ID, row.eventId().toString())
                .setHeader(EVENT_TYPE, row.type())
                .setHeader(LEAD_ID, row.leadId().toString())
                .setHeader(CORRELATION_ID, row.correlationId())
                // the trace of the work that wrote the row (none: the consumer starts a trace of its own)
                .setHeader(CurrentTrace.TRACEPARENT, row.traceparent())
                .setHeader("contentType", "application/json")
                .setHeader(AmqpHeaders.PUBLISH_CONFIRM_CORRELATION, confirm)
                .build();
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
