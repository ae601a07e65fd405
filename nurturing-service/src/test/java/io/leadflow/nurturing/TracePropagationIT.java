package io.leadflow.nurturing;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.kernel.LeadId;
import io.leadflow.kernel.RejectionReason;
import io.leadflow.kernel.event.EventMetadata;
import io.leadflow.kernel.event.EventStreams;
import io.leadflow.kernel.event.LeadRejectedEvent;
import io.leadflow.kernel.event.LeadStageChangedEvent;
import io.leadflow.kernel.event.MessageHeaders;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/**
 * A rejection that arrives with a W3C {@code traceparent} (as hand-off's relay sends it) is handled in that trace: the
 * stage change nurturing writes keeps the trace id in its outbox row, and the relay puts that context on the message.
 */
class TracePropagationIT extends NurturingItSupport {

    @Test
    void a_traced_rejection_moves_the_lead_to_nurturing_in_the_same_trace() {
        LeadId lead = LeadId.newId();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String incoming = "00-" + traceId + "-a3ce929d0e0e4736-01";
        LeadRejectedEvent event = new LeadRejectedEvent(
                EventMetadata.create(
                        LeadRejectedEvent.TYPE, LeadRejectedEvent.VERSION, lead, Instant.now(), "trace-it-" + lead),
                RejectionReason.TIMING,
                "budget frozen until Q3",
                "rep-17");
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.EVENT_ID, event.eventId().toString());
        properties.setHeader(MessageHeaders.EVENT_TYPE, LeadRejectedEvent.TYPE);
        properties.setHeader(MessageHeaders.LEAD_ID, lead.toString());
        properties.setHeader(MessageHeaders.CORRELATION_ID, event.metadata().correlationId());
        properties.setHeader(MessageHeaders.TRACEPARENT, incoming);
        rabbit.send(
                EventStreams.LIFECYCLE, EventStreams.LIFECYCLE, new Message(json.writeValueAsBytes(event), properties));

        Message moved = awaitLifecycle(LeadStageChangedEvent.TYPE, lead);
        List<String> stored = jdbc.sql("select traceparent from outbox_event where lead_id = :lead")
                .param("lead", lead.value())
                .query(String.class)
                .list();
        assertThat(stored)
                .as("the outbox rows nurturing wrote for the lead")
                .isNotEmpty()
                .allSatisfy(traceparent -> assertThat(traceparent)
                        .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                        .as("nurturing's own span, a child of the sender's")
                        .isNotEqualTo(incoming));
        assertThat(moved.getMessageProperties().getHeaders().get(MessageHeaders.TRACEPARENT))
                .as("the relayed stage change's traceparent")
                .isIn(List.copyOf(stored));
    }
}
