package io.leadflow.support.outbox;

import io.leadflow.kernel.event.IntegrationEvent;
import java.util.List;

/**
 * The body of every service's event publisher: a service's adapter extends this and implements its own
 * {@code LeadEventPublisher} port, whose {@code publish} and {@code publishAll} these methods fulfil. Events are
 * written in the caller's transaction (outside one the call fails) and relayed to RabbitMQ after commit.
 */
public abstract class OutboxEventPublisher {

    private final OutboxWriter outbox;

    protected OutboxEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public void publish(IntegrationEvent event) {
        outbox.write(event);
    }

    /** Many events in one JDBC batch. */
    public void publishAll(List<? extends IntegrationEvent> events) {
        outbox.write(events);
    }
}
