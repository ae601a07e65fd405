package io.leadflow.nurturing.adapter.out.messaging;

import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.Events;
import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the event into the outbox table in the caller's transaction, with the current trace context;
 * {@link OutboxRelay} sends it after commit.
 * {@code MANDATORY} makes a call outside a transaction fail loudly instead of sending an event for an uncommitted
 * change.
 */
@Component
class OutboxLeadEventPublisher implements LeadEventPublisher {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentTrace trace;

    OutboxLeadEventPublisher(JdbcClient jdbc, JsonMapper json, CurrentTrace trace) {
        this.jdbc = jdbc;
        this.json = json;
        this.trace = trace;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(IntegrationEvent event) {
        EventMetadata meta = event.metadata();
        jdbc.sql("""
                insert into outbox_event (event_id, event_type, stream, lead_id, correlation_id, payload, traceparent)
                values (:eventId, :type, :stream, :leadId, :correlationId, cast(:payload as jsonb), :traceparent)""")
                .param("eventId", meta.eventId())
                .param("type", meta.eventType())
                .param("stream", Events.streamOf(meta.eventType()))
                .param("leadId", meta.leadId())
                .param("correlationId", meta.correlationId())
                .param("payload", json.writeValueAsString(event))
                .param("traceparent", trace.traceparent())
                .update();
    }
}
