package io.leadflow.scoring.adapter.out.messaging;

import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.scoring.application.port.out.LeadEventPublisher;
import io.leadflow.support.outbox.OutboxWriter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishes through the transactional outbox: the events are written in the caller's transaction (outside one the
 * call fails) and relayed to RabbitMQ after commit. Many events go in one JDBC batch.
 */
@Component
class OutboxLeadEventPublisher implements LeadEventPublisher {

    private final OutboxWriter outbox;

    OutboxLeadEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(IntegrationEvent event) {
        outbox.write(event);
    }

    @Override
    public void publishAll(List<? extends IntegrationEvent> events) {
        outbox.write(events);
    }
}
