package io.leadflow.nurturing.adapter.out.messaging;

import io.leadflow.kernel.event.IntegrationEvent;
import io.leadflow.nurturing.application.port.out.LeadEventPublisher;
import io.leadflow.support.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Publishes through the transactional outbox: the event is written in the caller's transaction (outside one the call
 * fails) and relayed to RabbitMQ after commit.
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
}
