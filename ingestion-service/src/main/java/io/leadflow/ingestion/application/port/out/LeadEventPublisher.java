package io.leadflow.ingestion.application.port.out;

import io.leadflow.kernel.event.IntegrationEvent;
import java.util.List;

/**
 * Hands integration events to the other services. It must be called inside the transaction of the change they
 * describe: the events are sent if, and only if, that change commits.
 */
public interface LeadEventPublisher {

    void publish(IntegrationEvent event);

    default void publishAll(List<? extends IntegrationEvent> events) {
        events.forEach(this::publish);
    }
}
