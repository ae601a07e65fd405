package io.leadflow.support.outbox;

import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.support.trace.CurrentTrace;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events into the outbox table in the caller's transaction, with the current trace context; the
 * {@link OutboxRelay} sends them after commit. {@code MANDATORY} makes a call outside a transaction fail loudly
 * instead of sending an event for an uncommitted change. Many events go in one JDBC batch. A service's
 * {@code LeadEventPublisher} adapter hands its events here. Once the transaction has committed, the writer tells the
 * relay ({@link OutboxRelay#wake()}), so that the events leave at once instead of at the relay's next poll.
 */
public class OutboxWriter {

    private final JdbcTemplate template;
    private final JsonMapper json;
    private final CurrentTrace trace;
    private final Runnable committed;

    public OutboxWriter(JdbcTemplate template, JsonMapper json, CurrentTrace trace) {
        this(template, json, trace, () -> {});
    }

    /** @param committed what to do after a transaction that wrote events committed (wake the relay) */
    public OutboxWriter(JdbcTemplate template, JsonMapper json, CurrentTrace trace, Runnable committed) {
        this.template = template;
        this.json = json;
        this.trace = trace;
        this.committed = committed;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(IntegrationEvent event) {
        write(List.of(event));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void write(List<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String traceparent = trace.traceparent();
        template.batchUpdate("""
                insert into outbox_event (event_id, event_type, stream, lead_id, correlation_id, payload, traceparent)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?)""", events, events.size(), (ps, event) -> {
            EventMetadata meta = event.metadata();
            ps.setObject(1, meta.eventId());
            ps.setString(2, meta.eventType());
            ps.setString(3, Events.streamOf(meta.eventType()));
            ps.setObject(4, meta.leadId());
            ps.setString(5, meta.correlationId());
            ps.setString(6, json.writeValueAsString(event));
            ps.setString(7, traceparent);
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.run();
                }
            });
        }
    }
}
